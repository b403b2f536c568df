import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { listCampaignsForEditing } from '@/lib/campaigns/editor-queries';
import { Link } from '@/lib/i18n/navigation';
import { Forbidden } from '../../../_components/workspace/forbidden';
import { InstantText } from '../../../_components/workspace/instant-text';

export default async function WorkspaceCampaignsPage() {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, campaigns] = await Promise.all([getTranslations('records'), listCampaignsForEditing()]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('campaigns.title')}</h1>
        {hasRole(user, 'ORGANIZER') ? null : <p className="text-sm text-stone-600">{t('readOnly')}</p>}
      </div>
      <p className="text-sm">
        <Link href="/" className="underline">
          {t('campaigns.publicPage')}
        </Link>
      </p>
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-2">
              {t('campaignForm.position')}
            </th>
            <th scope="col" className="p-2">
              {t('campaignForm.title')}
            </th>
            <th scope="col" className="p-2">
              {t('campaigns.caseCount')}
            </th>
            <th scope="col" className="p-2">
              {t('lastChange')}
            </th>
          </tr>
        </thead>
        <tbody>
          {campaigns.map((campaign) => (
            <tr key={campaign.id} className="border-b border-stone-200" data-campaign={campaign.slug}>
              <td className="p-2">{campaign.position}</td>
              <th scope="row" className="p-2 text-left font-normal">
                <Link href={`/admin/campaigns/${campaign.id}`} className="font-medium underline" lang={campaign.language}>
                  {campaign.title}
                </Link>
              </th>
              <td className="p-2">{campaign._count.cases}</td>
              <td className="p-2">
                <InstantText date={campaign.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
