import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { Link } from '@/lib/i18n/navigation';
import { listSourcesForEditing } from '@/lib/sources/editor-queries';
import { DateText } from '../../../_components/date-text';
import { Forbidden } from '../../../_components/workspace/forbidden';
import { InstantText } from '../../../_components/workspace/instant-text';

export default async function WorkspaceSourcesPage() {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, sources] = await Promise.all([getTranslations('records'), listSourcesForEditing()]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('sources.title')}</h1>
        {hasRole(user, 'ORGANIZER') ? null : <p className="text-sm text-stone-600">{t('readOnly')}</p>}
      </div>
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-2">
              {t('sourceForm.title')}
            </th>
            <th scope="col" className="p-2">
              {t('sourceForm.issuedOn')}
            </th>
            <th scope="col" className="p-2">
              {t('sources.quoteCount')}
            </th>
            <th scope="col" className="p-2">
              {t('lastChange')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id} className="border-b border-stone-200" data-source={source.slug}>
              <th scope="row" className="p-2 text-left font-normal">
                <Link href={`/admin/sources/${source.id}`} className="font-medium underline" lang={source.language}>
                  {source.title}
                </Link>
                <span className="block text-xs text-stone-600">{source.issuers.map((issuer) => issuer.organisation.name).join(', ')}</span>
              </th>
              <td className="p-2">
                <DateText date={source.issuedOn} precision={source.issuedOnPrecision} />
              </td>
              <td className="p-2">{source._count.quotes}</td>
              <td className="p-2">
                <InstantText date={source.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
