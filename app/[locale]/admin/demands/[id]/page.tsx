import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { getDemandForEditing, getDemandFormOptions } from '@/lib/demands/editor-queries';
import { DemandForm } from '../../../../_components/workspace/demand-form';
import { getEditingChoices } from '../../../../_components/workspace/editing-choices';
import { Forbidden } from '../../../../_components/workspace/forbidden';
import { EditorPage } from '../../../../_components/workspace/editor-page';

type Props = { params: Promise<{ id: string }> };

export default async function EditDemandPage({ params }: Props) {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const { id } = await params;
  const found = await getDemandForEditing(id);
  if (!found) notFound();
  const [t, options, choices] = await Promise.all([getTranslations('records'), getDemandFormOptions(), getEditingChoices()]);
  const canEdit = hasRole(user, 'ORGANIZER');
  return (
    <EditorPage back="/admin/demands" backLabel={t('demands.title')} title={t('demands.editTitle')}>
      {canEdit ? null : (
        <p role="note" className="rounded border border-stone-300 bg-stone-50 p-3">
          {t('readOnly')}
        </p>
      )}
      <DemandForm mode="edit" demandId={id} version={found.version} defaultValues={found.values} options={{ ...options, languages: choices.languages }} readOnly={!canEdit} />
    </EditorPage>
  );
}
