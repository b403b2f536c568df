import 'server-only';
import { cache } from 'react';
import { byPublicName, publicName, type Redact } from '../cases/identity';
import { publicCitations, redactCitations } from '../cases/queries';
import { loadPublicRedactor } from '../cases/redaction';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { localize, localizeOptional, redactOptionalText, redactText, translationsInto } from '../i18n/content';
import { hasEnded } from './schedule';

const summarySelect = (locale: string) =>
  ({
    id: true,
    slug: true,
    kind: true,
    title: true,
    language: true,
    startsAt: true,
    endsAt: true,
    timeZone: true,
    allDay: true,
    datePrecision: true,
    venue: true,
    city: true,
    country: true,
    onlineUrl: true,
    cancelled: true,
    translations: translationsInto(locale),
  }) satisfies Prisma.ActionEventSelect;

type SummaryRow = Prisma.ActionEventGetPayload<{ select: ReturnType<typeof summarySelect> }>;

function toSummary({ title, venue, city, language, translations, ...event }: SummaryRow, locale: string, redact: Redact) {
  return {
    ...event,
    language,
    title: redactText(localize(title, language, translations, 'title', locale), redact),
    venue: redactOptionalText(localizeOptional(venue, language, translations, 'venue', locale), redact),
    city: localizeOptional(city, language, translations, 'city', locale),
  };
}

export type EventSummary = ReturnType<typeof toSummary>;

/**
 * Events that may not have ended at `now`. An event without an end lasts until its local midnight, at most a day and
 * a bit after it starts, so two days is a safe bound; hasEnded() then decides exactly.
 */
function mayNotHaveEnded(now: Date): Prisma.ActionEventWhereInput {
  const twoDaysBefore = new Date(now.getTime() - 2 * 24 * 60 * 60 * 1000);
  return { OR: [{ endsAt: { gt: now } }, { endsAt: null, startsAt: { gt: twoDaysBefore } }] };
}

/** Upcoming (not yet ended) events, soonest first, then past events, latest first. */
export async function listEvents(locale: string, now = new Date()) {
  const rows = await db.actionEvent.findMany({ orderBy: [{ startsAt: 'asc' }, { slug: 'asc' }], select: summarySelect(locale) });
  const redact = await loadPublicRedactor();
  const events = rows.map((row) => toSummary(row, locale, redact));
  return {
    upcoming: events.filter((event) => !hasEnded(event, now)),
    past: events.filter((event) => hasEnded(event, now)).reverse(),
  };
}

/** The events a case is linked to that have not ended yet, soonest first. */
export async function upcomingEventsForCase(caseId: string, locale: string, now = new Date()) {
  const rows = await db.actionEvent.findMany({
    where: { AND: [{ cases: { some: { caseId } } }, mayNotHaveEnded(now)] },
    orderBy: [{ startsAt: 'asc' }, { slug: 'asc' }],
    select: summarySelect(locale),
  });
  const redact = await loadPublicRedactor();
  return rows.filter((row) => !hasEnded(row, now)).map((row) => toSummary(row, locale, redact));
}

/** Everything the event page shows; null when there is no such event. Read once per render (page and metadata). */
export const getEventBySlug = cache(async function getEventBySlug(slug: string, locale: string) {
  const found = await db.actionEvent.findUnique({
    where: { slug },
    select: {
      ...summarySelect(locale),
      description: true,
      organiser: { select: { name: true } },
      citations: publicCitations,
      cases: {
        select: { case: { select: { slug: true, name: true, identityProtected: true, status: true, releaseKind: true } } },
      },
      demands: {
        orderBy: { demand: { position: 'asc' } },
        select: { demand: { select: { slug: true, kind: true, text: true, language: true, translations: translationsInto(locale) } } },
      },
    },
  });
  if (!found) return null;
  const redact = await loadPublicRedactor();
  const { description, organiser, citations, cases, demands, ...summary } = found;
  return {
    ...toSummary(summary, locale, redact),
    description: redactOptionalText(localizeOptional(description, found.language, found.translations, 'description', locale), redact),
    organiser: organiser?.name ?? null,
    citations: redactCitations(citations, redact),
    cases: cases.map(({ case: linked }) => ({
      slug: linked.slug,
      name: publicName(linked),
      status: linked.status,
      releaseKind: linked.releaseKind,
    })).sort(byPublicName(locale)),
    demands: demands.map(({ demand }) => ({
      slug: demand.slug,
      kind: demand.kind,
      text: redactText(localize(demand.text, demand.language, demand.translations, 'text', locale), redact),
    })),
  };
});

export type EventDetail = NonNullable<Awaited<ReturnType<typeof getEventBySlug>>>;

const calendarSelect = (locale: string) =>
  ({ ...summarySelect(locale), description: true, createdAt: true, updatedAt: true }) satisfies Prisma.ActionEventSelect;

function toCalendarEvent(row: Prisma.ActionEventGetPayload<{ select: ReturnType<typeof calendarSelect> }>, locale: string, redact: Redact) {
  const { description, createdAt, updatedAt, ...summary } = row;
  return {
    ...toSummary(summary, locale, redact),
    description: redactOptionalText(localizeOptional(description, row.language, row.translations, 'description', locale), redact),
    createdAt,
    updatedAt,
  };
}

export type CalendarEvent = ReturnType<typeof toCalendarEvent>;

/** One event as a calendar entry (past events too); null when there is no such event. */
export async function getCalendarEvent(slug: string, locale: string) {
  const [found, redact] = await Promise.all([db.actionEvent.findUnique({ where: { slug }, select: calendarSelect(locale) }), loadPublicRedactor()]);
  return found && toCalendarEvent(found, locale, redact);
}

/** Every event that has not ended, soonest first, as calendar entries. */
export async function upcomingCalendarEvents(locale: string, now = new Date()) {
  const rows = await db.actionEvent.findMany({
    where: mayNotHaveEnded(now),
    orderBy: [{ startsAt: 'asc' }, { slug: 'asc' }],
    select: calendarSelect(locale),
  });
  const redact = await loadPublicRedactor();
  return rows.filter((row) => !hasEnded(row, now)).map((row) => toCalendarEvent(row, locale, redact));
}
