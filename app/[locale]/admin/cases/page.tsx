import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { listCasesForEditing } from '@/lib/cases/editor-queries';
import { Link } from '@/lib/i18n/navigation';
import { StatusBadge } from '../../../_components/status-badge';
import { Forbidden } from '../../../_components/workspace/forbidden';
import { InstantText } from '../../../_components/workspace/instant-text';

export default async function WorkspaceCasesPage() {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, cases] = await Promise.all([getTranslations('editing.cases'), listCasesForEditing()]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        {hasRole(user, 'ORGANIZER') ? (
          <Link href="/admin/cases/new" className="rounded bg-red-800 px-4 py-2 font-medium text-white">
            {t('new')}
          </Link>
        ) : (
          <p className="text-sm text-stone-600">{t('readOnly')}</p>
        )}
      </div>
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-2">
              {t('name')}
            </th>
            <th scope="col" className="p-2">
              {t('status')}
            </th>
            <th scope="col" className="p-2">
              {t('protected')}
            </th>
            <th scope="col" className="p-2">
              {t('unpublished')}
            </th>
            <th scope="col" className="p-2">
              {t('lastChange')}
            </th>
          </tr>
        </thead>
        <tbody>
          {cases.map((subject) => (
            <tr key={subject.id} className="border-b border-stone-200" data-case={subject.slug}>
              <th scope="row" className="p-2 text-left font-normal">
                <Link href={`/admin/cases/${subject.id}`} className="font-medium underline">
                  {subject.name}
                </Link>
                <span className="block text-xs text-stone-600">
                  {subject.kind === 'GROUP' ? `${t('group')} · ` : null}
                  {subject.campaign.title}
                </span>
              </th>
              <td className="p-2">
                <StatusBadge status={subject.status} releaseKind={subject.releaseKind} />
              </td>
              <td className="p-2">{subject.identityProtected ? t('protectedYes') : ''}</td>
              <td className="p-2">{subject._count.updates > 0 ? t('unpublishedCount', { count: subject._count.updates }) : ''}</td>
              <td className="p-2">
                <InstantText date={subject.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
