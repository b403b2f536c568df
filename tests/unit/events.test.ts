import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { EventKind } from '@/lib/generated/prisma/enums';
import { renderCalendar } from '@/lib/events/calendar';
import { formatDays, formatTimesInZone } from '@/lib/events/format';
import type { CalendarEvent } from '@/lib/events/queries';
import { allDayDates, endOf, hasEnded } from '@/lib/events/schedule';
import { loadMessages } from '@/lib/i18n/messages';
import { locales } from '@/lib/i18n/routing';

const at = (iso: string) => new Date(iso);
const spaced = (text: string) => text.replace(/\s+/g, ' ');

describe('when an event is over', () => {
  it('uses the stated end', () => {
    const event = { startsAt: at('2026-09-24T13:00:00Z'), endsAt: at('2026-09-24T15:00:00Z'), timeZone: 'Asia/Almaty' };
    expect(hasEnded(event, at('2026-09-24T14:59:59Z'))).toBe(false);
    expect(hasEnded(event, at('2026-09-24T15:00:00Z'))).toBe(true);
  });

  it('without an end, keeps an event current until midnight where it happens', () => {
    // 18:00 in Almaty (UTC+5 since 2024): local midnight is 19:00 UTC.
    expect(endOf({ startsAt: at('2026-09-24T13:00:00Z'), endsAt: null, timeZone: 'Asia/Almaty' })).toEqual(at('2026-09-24T19:00:00Z'));
    // The Janaozen rally, all day on 16 December 2011 in Aqtau time (UTC+5).
    expect(endOf({ startsAt: at('2011-12-15T19:00:00Z'), endsAt: null, timeZone: 'Asia/Aqtau' })).toEqual(at('2011-12-16T19:00:00Z'));
  });

  it('gives the days of an all-day event with its exclusive end', () => {
    const week = { startsAt: at('2012-03-19T00:00:00Z'), endsAt: at('2012-03-25T00:00:00Z'), timeZone: 'UTC' };
    expect(allDayDates(week)).toEqual({ first: at('2012-03-19T00:00:00Z'), last: at('2012-03-24T00:00:00Z') });
    const commemoration = { startsAt: at('2012-03-23T18:00:00Z'), endsAt: null, timeZone: 'Asia/Almaty' };
    expect(allDayDates(commemoration)).toEqual({ first: at('2012-03-24T00:00:00Z'), last: at('2012-03-24T00:00:00Z') });
  });
});

describe('event times in words', () => {
  it('word a range of days in each language', () => {
    const [first, last] = [at('2012-03-19T00:00:00Z'), at('2012-03-24T00:00:00Z')];
    expect(spaced(formatDays('en', first, last))).toBe('March 19 – 24, 2012');
    expect(spaced(formatDays('fr', first, last))).toBe('19–24 mars 2012');
    expect(spaced(formatDays('ru', first, last))).toBe('19–24 марта 2012 г.');
    expect(formatDays('fr', first, first)).toBe('19 mars 2012');
  });

  it('give wall-clock times in the named zone of the event', () => {
    const [start, end] = [at('2012-03-24T12:00:00Z'), at('2012-03-24T14:00:00Z')];
    expect(spaced(formatTimesInZone('en', start, end, 'Asia/Almaty'))).toBe(
      'Saturday, March 24, 2012, 6:00 – 8:00 PM (East Kazakhstan Time, GMT+6)',
    );
    expect(spaced(formatTimesInZone('fr', start, null, 'Europe/Brussels'))).toBe(
      'samedi 24 mars 2012 à 13:00 (heure normale d’Europe centrale, UTC+1)',
    );
  });

  it('have a label for every kind of event in every language', async () => {
    for (const locale of locales) {
      const messages = (await loadMessages(locale)) as unknown as { events: { kind: Record<string, string> } };
      expect(Object.keys(messages.events.kind).sort(), locale).toEqual(Object.values(EventKind).sort());
    }
  });
});

const text = (value: string) => ({ text: value, lang: 'fr', translated: false });

function calendarEvent(overrides: Partial<CalendarEvent>): CalendarEvent {
  return {
    id: 'event-id',
    slug: 'event-slug',
    kind: 'RALLY',
    title: text('Rassemblement'),
    description: text('Devant l’ambassade; avec banderoles, tracts'),
    language: 'fr',
    startsAt: at('2026-11-01T12:00:00Z'),
    endsAt: at('2026-11-01T14:00:00Z'),
    timeZone: 'America/New_York',
    allDay: false,
    datePrecision: 'DAY',
    venue: text('Ambassade du Kazakhstan'),
    city: text('New York'),
    country: 'US',
    onlineUrl: null,
    cancelled: false,
    createdAt: at('2026-01-01T00:00:00Z'),
    updatedAt: at('2026-01-02T00:00:00Z'),
    ...overrides,
  };
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));
}

const render = (events: CalendarEvent[]) =>
  renderCalendar(events, { origin: 'https://example.org', locale: 'en', linkLocale: 'fr', kindLabel: (kind) => `kind ${kind}` });

describe('iCalendar export', () => {
  it('writes timed events in their own zone, with a definition of the zone that gives back the same instants', () => {
    // 1 November 2026: New York leaves daylight saving time at 02:00 that morning.
    const [{ vevent, event }] = parse(render([calendarEvent({})])) as [ReturnType<typeof parse>[number]];
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('America/New_York');
    expect(event.startDate.toString()).toBe('2026-11-01T07:00:00');
    expect(event.startDate.toJSDate()).toEqual(at('2026-11-01T12:00:00Z'));
    expect(event.endDate.toJSDate()).toEqual(at('2026-11-01T14:00:00Z'));
    expect(event.uid).toBe('event-id@kazakhstan-solidarity-tracker');
    expect(event.summary).toBe('Rassemblement');
    expect(event.description).toBe('Devant l’ambassade; avec banderoles, tracts');
    expect(event.location).toBe('Ambassade du Kazakhstan, New York, United States');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://example.org/fr/events/event-slug');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('writes all-day events as dates, ending the day after the last one', () => {
    const week = calendarEvent({ allDay: true, startsAt: at('2012-03-18T18:00:00Z'), endsAt: at('2012-03-24T18:00:00Z'), timeZone: 'Asia/Almaty' });
    const ics = render([week]);
    const [{ event }] = parse(ics) as [ReturnType<typeof parse>[number]];
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2012-03-19');
    expect(event.endDate.toString()).toBe('2012-03-25');
    expect(ics).not.toContain('VTIMEZONE');
  });

  it('marks cancelled and approximately dated events, and revisions', () => {
    const cancelled = calendarEvent({ id: 'a', cancelled: true, updatedAt: at('2026-01-01T00:10:00Z') });
    const approximate = calendarEvent({ id: 'b', datePrecision: 'APPROXIMATE' });
    const [first, second] = parse(render([cancelled, approximate])) as [ReturnType<typeof parse>[number], ReturnType<typeof parse>[number]];
    expect(first.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(first.event.sequence).toBe(600);
    expect(second.vevent.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(second.vevent.getFirstPropertyValue('last-modified')!.toString()).toBe('2026-01-02T00:00:00Z');
  });
});
