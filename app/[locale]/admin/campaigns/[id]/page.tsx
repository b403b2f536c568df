import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { getCampaignForEditing } from '@/lib/campaigns/editor-queries';
import { CampaignForm } from '../../../../_components/workspace/campaign-form';
import { Forbidden } from '../../../../_components/workspace/forbidden';
import { EditorPage } from '../../../../_components/workspace/editor-page';

type Props = { params: Promise<{ id: string }> };

export default async function EditCampaignPage({ params }: Props) {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const { id } = await params;
  const found = await getCampaignForEditing(id);
  if (!found) notFound();
  const t = await getTranslations('records');
  const canEdit = hasRole(user, 'ORGANIZER');
  return (
    <EditorPage back="/admin/campaigns" backLabel={t('campaigns.title')} title={t('campaigns.editTitle')}>
      {canEdit ? null : (
        <p role="note" className="rounded border border-stone-300 bg-stone-50 p-3">
          {t('readOnly')}
        </p>
      )}
      <CampaignForm mode="edit" campaignId={found.id} version={found.version} language={found.language} defaultValues={found.values} readOnly={!canEdit} />
    </EditorPage>
  );
}
