import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { getOrganisationForEditing } from '@/lib/organisations/editor-queries';
import { Forbidden } from '../../../../_components/workspace/forbidden';
import { EditorPage } from '../../../../_components/workspace/editor-page';
import { OrganisationForm } from '../../../../_components/workspace/organisation-form';

type Props = { params: Promise<{ id: string }> };

export default async function EditOrganisationPage({ params }: Props) {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const { id } = await params;
  const found = await getOrganisationForEditing(id);
  if (!found) notFound();
  const t = await getTranslations('records');
  const canEdit = hasRole(user, 'ORGANIZER');
  return (
    <EditorPage back="/admin/organisations" backLabel={t('organisations.title')} title={t('organisations.editTitle')}>
      {canEdit ? null : (
        <p role="note" className="rounded border border-stone-300 bg-stone-50 p-3">
          {t('readOnly')}
        </p>
      )}
      <OrganisationForm mode="edit" organisationId={found.id} version={found.version} defaultValues={found.values} readOnly={!canEdit} />
    </EditorPage>
  );
}
