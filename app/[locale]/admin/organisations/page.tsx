import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { listOrganisationsForEditing } from '@/lib/organisations/editor-queries';
import { Forbidden } from '../../../_components/workspace/forbidden';
import { RecordList } from '../../../_components/workspace/record-list';

export default async function WorkspaceOrganisationsPage() {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, organisations] = await Promise.all([getTranslations('records'), listOrganisationsForEditing()]);
  return (
    <RecordList
      title={t('organisations.title')}
      canEdit={hasRole(user, 'ORGANIZER')}
      readOnlyLabel={t('readOnly')}
      newRecord={{ href: '/admin/organisations/new', label: t('organisations.new') }}
      columns={[
        t('organisationForm.name'),
        t('organisationForm.country'),
        t('organisations.statementCount'),
        t('organisations.caseCount'),
        t('organisations.demandCount'),
        t('organisations.eventCount'),
        t('lastChange'),
      ]}
      kind="organisation"
      rows={organisations.map((organisation) => ({
        id: organisation.id,
        slug: organisation.slug,
        href: `/admin/organisations/${organisation.id}`,
        name: organisation.name,
        cells: [organisation.country ?? '', organisation._count.documents, organisation._count.cases, organisation._count.demands, organisation._count.events],
        updatedAt: organisation.updatedAt,
      }))}
    />
  );
}
