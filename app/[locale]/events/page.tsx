import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listEvents } from '@/lib/events/queries';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { EventList } from '../../_components/events';

/** Rendered once, served from the cache; publishing revalidates it, and it is rendered again at most every minute (what is upcoming changes with time). */
export const dynamic = 'force-static';
export const revalidate = 60;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'events' });
  return { title: t('title') };
}

export default async function EventsPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations('events');
  const { upcoming, past } = await listEvents(locale);
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-stone-700">{t('intro')}</p>
      </header>

      <section aria-labelledby="upcoming-heading" data-testid="upcoming-events">
        <h2 id="upcoming-heading" className="text-xl font-bold">
          {t('upcoming')}
        </h2>
        {upcoming.length > 0 ? <EventList events={upcoming} /> : <p className="mt-2 text-stone-700">{t('noUpcoming')}</p>}
        <p className="mt-3 text-sm">
          <a href={`/calendar.ics?locale=${locale}`} className="text-red-800 underline" type="text/calendar">
            {t('subscribe')}
          </a>
        </p>
      </section>

      <section aria-labelledby="past-heading" data-testid="past-events">
        <h2 id="past-heading" className="text-xl font-bold">
          {t('past')}
        </h2>
        {past.length > 0 ? <EventList events={past} /> : <p className="mt-2 text-stone-700">{t('noPast')}</p>}
      </section>
    </div>
  );
}
