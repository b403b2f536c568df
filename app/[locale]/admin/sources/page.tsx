import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { listSourcesForEditing } from '@/lib/sources/editor-queries';
import { DateText } from '../../../_components/date-text';
import { Forbidden } from '../../../_components/workspace/forbidden';
import { RecordList } from '../../../_components/workspace/record-list';

export default async function WorkspaceSourcesPage() {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, sources] = await Promise.all([getTranslations('records'), listSourcesForEditing()]);
  return (
    <RecordList
      title={t('sources.title')}
      canEdit={hasRole(user, 'ORGANIZER')}
      readOnlyLabel={t('readOnly')}
      columns={[t('sourceForm.title'), t('sourceForm.issuedOn'), t('sources.state'), t('sources.quoteCount'), t('lastChange')]}
      kind="source"
      rows={sources.map((source) => ({
        id: source.id,
        slug: source.slug,
        href: `/admin/sources/${source.id}`,
        name: source.title,
        lang: source.language,
        detail: source.issuers.map((issuer) => issuer.organisation.name).join(', '),
        cells: [<DateText key="issued" date={source.issuedOn} precision={source.issuedOnPrecision} />, t(`sources.states.${source.state}`), source._count.quotes],
        updatedAt: source.updatedAt,
      }))}
    />
  );
}
