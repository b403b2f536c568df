import { Fragment } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { isoDateWithPrecision } from '@/lib/dates/precision';
import { countryName, formatDays, formatTimesInZone } from '@/lib/events/format';
import type { EventSummary } from '@/lib/events/queries';
import { allDayDates } from '@/lib/events/schedule';
import { Link } from '@/lib/i18n/navigation';
import { DateText } from './date-text';
import { Localized } from './localized';
import { VisitorTime } from './visitor-time';

type Timing = Pick<EventSummary, 'startsAt' | 'endsAt' | 'timeZone' | 'allDay' | 'datePrecision'>;

/**
 * When an event happens, in its own time zone (named). All-day events show dates only; timed events also show their
 * times in the visitor's zone once the browser knows it.
 */
export function EventWhen({ event }: { event: Timing }) {
  const t = useTranslations('events');
  const locale = useLocale();
  const approximate = event.datePrecision === 'APPROXIMATE';
  if (event.allDay) {
    const { first, last } = allDayDates(event);
    if (first.getTime() === last.getTime()) return <DateText date={first} precision={event.datePrecision} />;
    const days = formatDays(locale, first, last);
    return <time dateTime={isoDateWithPrecision(first, event.datePrecision)}>{approximate ? t('around', { when: days }) : days}</time>;
  }
  const when = formatTimesInZone(locale, event.startsAt, event.endsAt, event.timeZone);
  return (
    <>
      <time dateTime={event.startsAt.toISOString()}>{approximate ? t('around', { when }) : when}</time>
      <VisitorTime
        startsAt={event.startsAt}
        endsAt={event.endsAt}
        eventTimeZone={event.timeZone}
        locale={locale}
        label={t(approximate ? 'yourTimeAround' : 'yourTime')}
      />
    </>
  );
}

const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

/** Venue, city and country, and the online link; nothing when the record has no place. */
type PlaceProps = { event: Pick<EventSummary, 'venue' | 'city' | 'country' | 'onlineUrl'>; className?: string };

export function EventPlace({ event, className }: PlaceProps) {
  const t = useTranslations('events');
  const locale = useLocale();
  const parts = [
    event.venue && <Localized value={event.venue} visitorLocale={locale} />,
    event.city && <Localized value={event.city} visitorLocale={locale} />,
    event.country && <span>{countryName(locale, event.country)}</span>,
  ].filter(Boolean);
  const online = event.onlineUrl && isWebAddress(event.onlineUrl) ? event.onlineUrl : null;
  if (parts.length === 0 && !online) return null;
  return (
    <span data-testid="event-place" className={className}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? ', ' : null}
          {part}
        </Fragment>
      ))}
      {online ? (
        <>
          {parts.length > 0 ? ' · ' : null}
          <a href={online} className="underline" rel="noopener noreferrer nofollow">
            {t('online')}
          </a>
        </>
      ) : null}
    </span>
  );
}

export function EventKindLabel({ event }: { event: Pick<EventSummary, 'kind' | 'cancelled'> }) {
  const t = useTranslations('events');
  return (
    <span className="flex flex-wrap gap-2 text-sm">
      <span data-testid="event-kind" className="rounded bg-stone-200 px-2 py-0.5 font-medium text-stone-800">
        {t(`kind.${event.kind}`)}
      </span>
      {event.cancelled ? <span className="rounded bg-red-800 px-2 py-0.5 font-medium text-white">{t('cancelled')}</span> : null}
    </span>
  );
}

/** A list of events, each with its kind, title (linking to its page), date and place. */
export function EventList({ events }: { events: EventSummary[] }) {
  const locale = useLocale();
  return (
    <ol className="mt-4 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {events.map((event) => (
        <li key={event.id} data-event={event.slug} className="space-y-1 p-4">
          <EventKindLabel event={event} />
          <h3 className="text-lg font-semibold">
            <Link href={`/events/${event.slug}`} className="underline-offset-2 hover:underline">
              <Localized value={event.title} visitorLocale={locale} />
            </Link>
          </h3>
          <p className="text-stone-700" data-testid="event-when">
            <EventWhen event={event} />
          </p>
          <EventPlace event={event} className="block text-stone-700" />
        </li>
      ))}
    </ol>
  );
}
