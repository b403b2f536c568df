import { TZDate } from '@date-fns/tz';
import ical, { ICalEventStatus } from 'ical-generator';
import { z } from 'zod';
import { locales, routing, type Locale } from '../i18n/routing';
import type { EventKind } from '../generated/prisma/enums';
import { countryName } from './format';
import type { CalendarEvent } from './queries';
import { allDayDates } from './schedule';
import { vtimezone } from './vtimezone';

/** `?locale=` of the calendar addresses picks translations and the language of event links. */
const calendarQuerySchema = z.object({ locale: z.enum(locales).optional() });

/** Text in `locale`; event links carry a language prefix only when one was asked for, else they redirect by preference. */
export type CalendarLanguage = { locale: Locale; linkLocale: Locale | undefined };

/** The language a calendar address asks for, or a 400 answer naming the parameter it cannot use. */
export function calendarLanguage(searchParams: URLSearchParams): CalendarLanguage | Response {
  const query = calendarQuerySchema.safeParse(Object.fromEntries(searchParams));
  if (!query.success) {
    const parameter = query.error.issues[0]?.path.join('.');
    return Response.json({ error: `Invalid query parameter: ${parameter}`, parameter }, { status: 400 });
  }
  return { locale: query.data.locale ?? routing.defaultLocale, linkLocale: query.data.locale };
}

type CalendarOptions = CalendarLanguage & {
  /** Scheme, host and port the calendar was requested at, for absolute links. */
  origin: string;
  kindLabel: (kind: EventKind) => string;
  name?: string;
  /** Seconds after which subscribed calendar apps should fetch again. */
  refreshSeconds?: number;
};

const dayMs = 24 * 60 * 60 * 1000;

/** The same UID for an event wherever and whenever it is exported, so calendar apps update it instead of adding a copy. */
const eventUid = (id: string) => `${id}@kazakhstan-solidarity-tracker`;

function statusOf(event: CalendarEvent): ICalEventStatus {
  if (event.cancelled) return ICalEventStatus.CANCELLED;
  return event.datePrecision === 'DAY' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE;
}

function locationOf(event: CalendarEvent, locale: string): string | null {
  const place = [event.venue?.text, event.city?.text, event.country && countryName(locale, event.country)].filter(Boolean).join(', ');
  return place || event.onlineUrl;
}

/** All-day events as dates with their exclusive end; timed events in their own zone (TZID), with its VTIMEZONE. */
function datesOf(event: CalendarEvent) {
  if (event.allDay) {
    const { first, last } = allDayDates(event);
    return { start: first, end: new Date(last.getTime() + dayMs) };
  }
  return {
    start: new TZDate(event.startsAt, event.timeZone),
    end: event.endsAt && new TZDate(event.endsAt, event.timeZone),
    timezone: event.timeZone,
  };
}

/** The VTIMEZONE of a zone, covering the times of the timed events held in it. */
function timeZoneDefinition(events: CalendarEvent[], timeZone: string): string {
  const instants = events
    .filter((event) => !event.allDay && event.timeZone === timeZone)
    .flatMap((event) => [event.startsAt.getTime(), (event.endsAt ?? event.startsAt).getTime()]);
  return vtimezone(timeZone, new Date(Math.min(...instants)), new Date(Math.max(...instants)));
}

/** Control characters iCalendar text may not hold (RFC 5545, 3.3.11); line breaks are CRLF and tabs are allowed. */
const notICalendarText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** An iCalendar (RFC 5545) document of the given events; control characters of stored texts are left out. */
export function renderCalendar(events: CalendarEvent[], options: CalendarOptions): string {
  const calendar = ical({
    prodId: { company: 'Kazakhstan solidarity tracker', product: 'Actions', language: options.locale.toUpperCase() },
    name: options.name,
    ttl: options.refreshSeconds,
    timezone: { name: null, generator: (timeZone) => timeZoneDefinition(events, timeZone) },
  });
  for (const event of events) {
    calendar.createEvent({
      id: eventUid(event.id),
      ...datesOf(event),
      allDay: event.allDay,
      summary: event.title.text,
      description: event.description?.text ?? null,
      location: locationOf(event, options.locale),
      url: `${options.origin}${options.linkLocale ? `/${options.linkLocale}` : ''}/events/${event.slug}`,
      categories: [{ name: options.kindLabel(event.kind) }],
      status: statusOf(event),
      created: event.createdAt,
      lastModified: event.updatedAt,
      // Without METHOD, DTSTAMP is when the entry was last revised (RFC 5545, 3.8.7.2).
      stamp: event.updatedAt,
      // Grows with every edit, from 0 when created: calendar apps replace their copy when it is higher.
      sequence: Math.floor((event.updatedAt.getTime() - event.createdAt.getTime()) / 1000),
    });
  }
  return calendar.toString().replace(notICalendarText, '');
}

/** An iCalendar file in UTF-8; `inline` lets calendar apps subscribe, `attachment` downloads it. */
export function calendarResponse(body: string, fileName: string, disposition: 'inline' | 'attachment'): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `${disposition}; filename="${fileName.replace(/[^a-zA-Z0-9._-]/g, '-')}"`,
      'Cache-Control': 'no-cache',
    },
  });
}
