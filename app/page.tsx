import Link from 'next/link';
import { listCampaigns } from '@/lib/campaigns/queries';
import { latestUpdates } from '@/lib/updates/queries';
import { DateText } from './_components/date-text';
import { StatusBadge } from './_components/status-badge';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const [campaigns, updates] = await Promise.all([listCampaigns(), latestUpdates(8)]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="campaigns-heading">
        <h1 id="campaigns-heading" className="text-2xl font-bold">
          Campaigns
        </h1>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {campaigns.map((campaign) => (
            <li key={campaign.slug} id={`campaign-${campaign.slug}`} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="font-semibold" lang="fr">
                {campaign.title}
              </h2>
              <p className="mt-2 text-sm text-stone-700" lang="fr">
                {campaign.summary}
              </p>
              <Link href={`/cases?campaign=${campaign.slug}`} className="mt-3 inline-block text-sm text-red-800 underline">
                {campaign._count.cases} {campaign._count.cases === 1 ? 'case' : 'cases'}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="updates-heading">
        <h2 id="updates-heading" className="text-xl font-bold">
          Latest updates
        </h2>
        <ol className="mt-4 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {updates.map((update) => (
            <li key={update.id} className="p-4">
              <p className="text-sm text-stone-600">
                <DateText date={update.occurredOn} precision={update.occurredOnPrecision} /> ·{' '}
                <Link href={`/cases/${update.case.slug}`} className="underline">
                  {update.case.name}
                </Link>
              </p>
              <p className="mt-1 font-medium" lang="fr">
                {update.title}
              </p>
              {update.status ? (
                <div className="mt-1">
                  <StatusBadge status={update.status} releaseKind={update.releaseKind} />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
