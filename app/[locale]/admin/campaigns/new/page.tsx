import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { nextCampaignPosition } from '@/lib/campaigns/editor-queries';
import { Link } from '@/lib/i18n/navigation';
import { CampaignForm } from '../../../../_components/workspace/campaign-form';
import { getEditingChoices } from '../../../../_components/workspace/editing-choices';
import { Forbidden } from '../../../../_components/workspace/forbidden';

export default async function NewCampaignPage() {
  const { user, forbidden } = await pageAccess('ORGANIZER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, choices, position] = await Promise.all([getTranslations('records'), getEditingChoices(), nextCampaignPosition()]);
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/admin/campaigns" className="underline">
          {t('campaigns.title')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('campaigns.new')}</h1>
      <CampaignForm mode="create" languages={choices.languages} defaultValues={{ slug: '', title: '', summary: '', language: 'fr', position }} readOnly={false} />
    </div>
  );
}
