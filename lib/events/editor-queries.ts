import 'server-only';
import { db } from '../db';
import { asLocale } from '../updates/editor-queries';
import type { EditConflict } from '../updates/outcome';
import { wallClockIn } from '../updates/schedule-time';
import type { EventFormValues } from './event.schema';

/** Every action event, latest first, for the workspace. */
export async function listEventsForEditing() {
  return db.actionEvent.findMany({
    orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
    select: { id: true, slug: true, title: true, kind: true, startsAt: true, timeZone: true, cancelled: true, city: true, updatedAt: true },
  });
}

const eventFormSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  description: true,
  language: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  allDay: true,
  datePrecision: true,
  city: true,
  country: true,
  venue: true,
  onlineUrl: true,
  organiserId: true,
  campaignId: true,
  cancelled: true,
  version: true,
  updatedAt: true,
  cases: { select: { caseId: true }, orderBy: { caseId: 'asc' } },
  demands: { select: { demandId: true }, orderBy: { demandId: 'asc' } },
} as const;

/** An event as its form holds it: its times as wall-clock times of its own zone. */
export async function getEventForEditing(id: string) {
  const row = await db.actionEvent.findUnique({ where: { id }, select: eventFormSelect });
  if (!row) return null;
  const values: EventFormValues = {
    slug: row.slug,
    title: row.title,
    kind: row.kind,
    description: row.description ?? '',
    language: asLocale(row.language),
    startsAt: wallClockIn(row.startsAt, row.timeZone),
    endsAt: row.endsAt ? wallClockIn(row.endsAt, row.timeZone) : '',
    timeZone: row.timeZone,
    allDay: row.allDay,
    datePrecision: row.datePrecision,
    city: row.city ?? '',
    country: row.country ?? '',
    venue: row.venue ?? '',
    onlineUrl: row.onlineUrl ?? '',
    organiserId: row.organiserId ?? '',
    campaignId: row.campaignId,
    caseIds: row.cases.map((link) => link.caseId),
    demandIds: row.demands.map((link) => link.demandId),
    cancelled: row.cancelled,
  };
  return { id: row.id, values, version: row.version, updatedAt: row.updatedAt };
}

export async function eventConflict(id: string): Promise<EditConflict<EventFormValues> | null> {
  const stored = await getEventForEditing(id);
  return stored && { theirs: stored.values, version: stored.version, changedAt: stored.updatedAt.toISOString() };
}

/** The choices of the event form: campaigns, organisers, cases and demands. */
export async function getEventFormOptions() {
  const [campaigns, organisations, cases, demands] = await Promise.all([
    db.campaign.findMany({ orderBy: { position: 'asc' }, select: { id: true, title: true } }),
    db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.case.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.demand.findMany({ orderBy: [{ campaign: { position: 'asc' } }, { position: 'asc' }], select: { id: true, text: true } }),
  ]);
  return {
    campaigns: campaigns.map(({ id, title }) => ({ value: id, label: title })),
    organisations: organisations.map(({ id, name }) => ({ value: id, label: name })),
    cases: cases.map(({ id, name }) => ({ value: id, label: name })),
    demands: demands.map(({ id, text }) => ({ value: id, label: text.length > 100 ? `${text.slice(0, 100)}…` : text })),
  };
}
