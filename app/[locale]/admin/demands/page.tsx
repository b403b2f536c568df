import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { listDemandsForEditing } from '@/lib/demands/editor-queries';
import { Link } from '@/lib/i18n/navigation';
import { Forbidden } from '../../../_components/workspace/forbidden';
import { InstantText } from '../../../_components/workspace/instant-text';

export default async function WorkspaceDemandsPage() {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, demands] = await Promise.all([getTranslations('records'), listDemandsForEditing()]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('demands.title')}</h1>
        {hasRole(user, 'ORGANIZER') ? (
          <Link href="/admin/demands/new" className="rounded bg-red-800 px-4 py-2 font-medium text-white">
            {t('demands.new')}
          </Link>
        ) : (
          <p className="text-sm text-stone-600">{t('readOnly')}</p>
        )}
      </div>
      <p className="text-sm">
        <Link href="/demands" className="underline">
          {t('demands.publicPage')}
        </Link>
      </p>
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-2">
              {t('demandForm.text')}
            </th>
            <th scope="col" className="p-2">
              {t('demandForm.status')}
            </th>
            <th scope="col" className="p-2">
              {t('demands.linkedCases')}
            </th>
            <th scope="col" className="p-2">
              {t('lastChange')}
            </th>
          </tr>
        </thead>
        <tbody>
          {demands.map((demand) => (
            <tr key={demand.id} className="border-b border-stone-200" data-demand={demand.slug}>
              <th scope="row" className="p-2 text-left font-normal">
                <Link href={`/admin/demands/${demand.id}`} className="font-medium underline">
                  {demand.text.length > 140 ? `${demand.text.slice(0, 140)}…` : demand.text}
                </Link>
                <span className="block text-xs text-stone-600">
                  {t(`demandForm.kinds.${demand.kind}`)} · {demand.campaign.title}
                </span>
              </th>
              <td className="p-2">{t(`demandForm.statuses.${demand.status}`)}</td>
              <td className="p-2">{demand._count.cases}</td>
              <td className="p-2">
                <InstantText date={demand.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
