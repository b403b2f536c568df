import { getTranslations } from 'next-intl/server';
import { listCampaigns } from '@/lib/campaigns/queries';
import { listEvents } from '@/lib/events/queries';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { latestUpdates } from '@/lib/updates/queries';
import { DateText } from '../_components/date-text';
import { EventList } from '../_components/events';
import { Localized } from '../_components/localized';
import { StatusBadge } from '../_components/status-badge';

/** Rendered once, served from the cache; publishing revalidates it, and it is rendered again at most every minute (what is upcoming changes with time). */
export const dynamic = 'force-static';
export const revalidate = 60;

export default async function HomePage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const [t, e, follow] = await Promise.all([getTranslations('home'), getTranslations('events'), getTranslations('subscriptions.follow')]);
  const [campaigns, updates, events] = await Promise.all([listCampaigns(locale), latestUpdates(locale, 8), listEvents(locale)]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="campaigns-heading">
        <h1 id="campaigns-heading" className="text-2xl font-bold">
          {t('campaigns')}
        </h1>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {campaigns.map((campaign) => (
            <li key={campaign.slug} id={`campaign-${campaign.slug}`} className="rounded-lg border border-stone-200 bg-white p-4">
              <Localized as="h2" className="font-semibold" value={campaign.title} visitorLocale={locale} />
              <Localized as="p" className="mt-2 text-sm text-stone-700" value={campaign.summary} visitorLocale={locale} markOriginal />
              <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <Link href={`/cases?campaign=${campaign.slug}`} className="text-red-800 underline">
                  {t('caseCount', { count: campaign.caseCount })}
                </Link>
                <Link href={`/subscribe?campaign=${campaign.slug}`} className="text-red-800 underline">
                  {follow('campaign')}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="actions-heading" data-testid="home-upcoming-actions">
        <h2 id="actions-heading" className="text-xl font-bold">
          {e('upcoming')}
        </h2>
        {events.upcoming.length > 0 ? <EventList events={events.upcoming.slice(0, 5)} /> : <p className="mt-2 text-stone-700">{e('noUpcoming')}</p>}
        <Link href="/events" className="mt-2 inline-block text-sm text-red-800 underline">
          {e('title')}
        </Link>
      </section>

      <section aria-labelledby="updates-heading">
        <h2 id="updates-heading" className="text-xl font-bold">
          {t('latestUpdates')}
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
              <Localized as="p" className="mt-1 font-medium" value={update.title} visitorLocale={locale} />
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
