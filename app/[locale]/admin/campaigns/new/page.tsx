import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { nextCampaignPosition } from '@/lib/campaigns/editor-queries';
import { CampaignForm } from '../../../../_components/workspace/campaign-form';
import { getEditingChoices } from '../../../../_components/workspace/editing-choices';
import { Forbidden } from '../../../../_components/workspace/forbidden';
import { EditorPage } from '../../../../_components/workspace/editor-page';

export default async function NewCampaignPage() {
  const { user, forbidden } = await pageAccess('ORGANIZER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, choices, position] = await Promise.all([getTranslations('records'), getEditingChoices(), nextCampaignPosition()]);
  return (
    <EditorPage back="/admin/campaigns" backLabel={t('campaigns.title')} title={t('campaigns.new')}>
      <CampaignForm mode="create" languages={choices.languages} defaultValues={{ slug: '', title: '', summary: '', language: 'fr', position }} readOnly={false} />
    </EditorPage>
  );
}
