import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { listCampaignsForEditing } from '@/lib/campaigns/editor-queries';
import { Forbidden } from '../../../_components/workspace/forbidden';
import { RecordList } from '../../../_components/workspace/record-list';

export default async function WorkspaceCampaignsPage() {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, campaigns] = await Promise.all([getTranslations('records'), listCampaignsForEditing()]);
  return (
    <RecordList
      title={t('campaigns.title')}
      canEdit={hasRole(user, 'ORGANIZER')}
      readOnlyLabel={t('readOnly')}
      newRecord={{ href: '/admin/campaigns/new', label: t('campaigns.new') }}
      publicPage={{ href: '/', label: t('campaigns.publicPage') }}
      columns={[t('campaignForm.position'), t('campaignForm.title'), t('campaigns.caseCount'), t('lastChange')]}
      kind="campaign"
      rows={campaigns.map((campaign) => ({
        id: campaign.id,
        slug: campaign.slug,
        href: `/admin/campaigns/${campaign.id}`,
        name: campaign.title,
        lang: campaign.language,
        leading: [campaign.position],
        cells: [campaign._count.cases],
        updatedAt: campaign.updatedAt,
      }))}
    />
  );
}
