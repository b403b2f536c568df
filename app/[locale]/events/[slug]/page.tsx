import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getEventBySlug } from '@/lib/events/queries';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Citations } from '../../../_components/citations';
import { EventKindLabel, EventPlace, EventWhen } from '../../../_components/events';
import { Localized } from '../../../_components/localized';
import { StatusBadge } from '../../../_components/status-badge';
import { NotFoundAnswer, notFoundMetadata } from '../../../_components/not-found-answer';

/** Rendered once, served from the cache; publishing revalidates it, and it is rendered again at most every minute (what is upcoming changes with time). */
export const dynamic = 'force-static';
export const revalidate = 60;

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ slug }, locale] = await Promise.all([params, pageLocale(params)]);
  const found = await getEventBySlug(slug, locale);
  return found ? { title: found.title.text } : notFoundMetadata();
}

export default async function EventPage({ params }: Props) {
  const [{ slug }, locale] = await Promise.all([params, pageLocale(params)]);
  const found = await getEventBySlug(slug, locale);
  if (!found) return <NotFoundAnswer />;
  const [t, follow] = await Promise.all([getTranslations('events'), getTranslations('subscriptions.follow')]);
  const hasPlace = Boolean(found.venue || found.city || found.country || found.onlineUrl);
  // Facts shown get their sources next to them; the sources of anything else are listed at the end.
  const shownFields = ['date', ...(hasPlace ? ['place'] : []), ...(found.description ? ['text'] : [])];
  const citationsFor = (field: string) => found.citations.filter((citation) => citation.field === field);
  const otherCitations = found.citations.filter((citation) => !shownFields.includes(citation.field));

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          <Link href="/events" className="underline">
            {t('title')}
          </Link>
        </p>
        <EventKindLabel event={found} />
        <Localized as="h1" className="text-3xl font-bold" value={found.title} visitorLocale={locale} />
      </header>

      <dl className="divide-y divide-stone-200">
        <div className="py-2">
          <dt className="text-sm font-medium text-stone-600">{t('when')}</dt>
          <dd>
            <span data-testid="event-when">
              <EventWhen event={found} />
            </span>
            <Citations citations={citationsFor('date')} />
          </dd>
        </div>
        {hasPlace ? (
          <div className="py-2">
            <dt className="text-sm font-medium text-stone-600">{t('where')}</dt>
            <dd>
              <EventPlace event={found} />
              <Citations citations={citationsFor('place')} />
            </dd>
          </div>
        ) : null}
        {found.organiser ? (
          <div className="py-2">
            <dt className="text-sm font-medium text-stone-600">{t('organiser')}</dt>
            <dd>{found.organiser}</dd>
          </div>
        ) : null}
      </dl>

      <p>
        <a href={`/events/${found.slug}/ics?locale=${locale}`} className="inline-block rounded bg-red-800 px-3 py-1.5 text-white" type="text/calendar">
          {t('addToCalendar')}
        </a>
        <Link href="/subscribe?events=1" className="ml-4 text-red-800 underline">
          {follow('events')}
        </Link>
      </p>

      {found.description ? (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="text-xl font-bold">
            {t('about')}
          </h2>
          <Localized as="p" className="mt-2 whitespace-pre-line" value={found.description} visitorLocale={locale} markOriginal />
          <Citations citations={citationsFor('text')} />
        </section>
      ) : null}

      {found.cases.length > 0 ? (
        <section aria-labelledby="cases-heading">
          <h2 id="cases-heading" className="text-xl font-bold">
            {t('cases')}
          </h2>
          <ul className="mt-2 space-y-1">
            {found.cases.map((linked) => (
              <li key={linked.slug}>
                <Link href={`/cases/${linked.slug}`} className="underline">
                  {linked.name}
                </Link>{' '}
                <StatusBadge status={linked.status} releaseKind={linked.releaseKind} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {found.demands.length > 0 ? (
        <section aria-labelledby="demands-heading">
          <h2 id="demands-heading" className="text-xl font-bold">
            {t('demands')}
          </h2>
          <ul className="mt-2 list-disc space-y-2 pl-6">
            {found.demands.map((demand) => (
              <li key={demand.slug}>
                <Localized value={demand.text} visitorLocale={locale} markOriginal />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Citations citations={otherCitations} label={t('otherSources')} />
    </article>
  );
}
