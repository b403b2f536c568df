import { TZDate } from '@date-fns/tz';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Prisma } from '@/lib/generated/prisma/client';
import { applySeed } from '../../seeds/apply';
import { seedRecord } from '../../seeds/record';
import { session } from '../support/signed-in';
import { createTestDatabase } from '../support/test-database';

// The event actions run through the workspace wrapper; only the session and the message lookup stand in for a request.
vi.mock('@/lib/auth/session', () => import('../support/signed-in'));
vi.mock('next-intl/server', () => ({ getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}` }));

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let queries: typeof import('@/lib/events/queries');

beforeAll(async () => {
  database = await createTestDatabase();
  await applySeed(database.db);
  // The queries read through the app's own client, which connects to DATABASE_URL when first imported.
  process.env.DATABASE_URL = database.url;
  queries = await import('@/lib/events/queries');
});
afterAll(async () => {
  await (await import('@/lib/db')).db.$disconnect();
  await database?.drop();
});

const hour = 60 * 60 * 1000;
const fromNow = (hours: number) => new Date(Date.now() + hours * hour);

/** Local midnight, `days` from today, where `timeZone` is. */
function localMidnight(days: number, timeZone: string): Date {
  const today = new TZDate(Date.now(), timeZone);
  return new Date(new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + days, timeZone).getTime());
}

async function insertEvent(slug: string, data: Partial<Prisma.ActionEventUncheckedCreateInput> & { caseSlugs?: string[] }) {
  const { caseSlugs = [], ...fields } = data;
  await database.db.actionEvent.create({
    data: {
      slug,
      kind: 'PICKET',
      title: `Piquet ${slug}`,
      startsAt: fromNow(1),
      timeZone: 'Europe/Paris',
      campaignId: 'zhanaozen-2011',
      ...fields,
      cases: { create: caseSlugs.map((slug) => ({ case: { connect: { slug } } })) },
    },
  });
}

describe('the list of actions', () => {
  beforeAll(async () => {
    await insertEvent('test-ongoing', { startsAt: fromNow(-1), endsAt: fromNow(1) });
    await insertEvent('test-tomorrow', { startsAt: fromNow(24), endsAt: fromNow(26) });
    await insertEvent('test-next-week', { startsAt: localMidnight(7, 'Asia/Almaty'), timeZone: 'Asia/Almaty', allDay: true });
    await insertEvent('test-ended', { startsAt: fromNow(-3), endsAt: fromNow(-1) });
    await insertEvent('test-yesterday', { startsAt: localMidnight(-1, 'Asia/Almaty'), timeZone: 'Asia/Almaty', allDay: true });
  });

  it('puts upcoming and ongoing actions first, soonest first, then past ones, latest first', async () => {
    const { upcoming, past } = await queries.listEvents('en');
    expect(upcoming.map((event) => event.slug)).toEqual(['test-ongoing', 'test-tomorrow', 'test-next-week']);
    expect(past.slice(0, 2).map((event) => event.slug)).toEqual(['test-ended', 'test-yesterday']);
    // The two past test actions, then every seeded action (all of them in the past).
    expect(past).toHaveLength(2 + seedRecord.events.length);
    const starts = past.map((event) => event.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(past.map((event) => event.slug)).toContain('semaine-de-solidarite-2012-03-19');
  });

  it('shows titles in the visitor language when an organizer translated them', async () => {
    const event = await database.db.actionEvent.findUniqueOrThrow({ where: { slug: 'test-tomorrow' } });
    await database.db.translation.create({ data: { eventId: event.id, language: 'en', field: 'title', text: 'Picket tomorrow' } });
    const [inEnglish, inFrench] = await Promise.all([queries.listEvents('en'), queries.listEvents('fr')]);
    expect(inEnglish.upcoming[1]!.title).toEqual({ text: 'Picket tomorrow', lang: 'en', translated: true });
    expect(inFrench.upcoming[1]!.title).toEqual({ text: 'Piquet test-tomorrow', lang: 'fr', translated: false });
  });
});

describe('the upcoming actions of a case', () => {
  it('lists only the actions linked to the case that have not ended', async () => {
    await insertEvent('test-kuramshin-soon', { startsAt: fromNow(48), caseSlugs: ['vadim-kuramshin'] });
    await insertEvent('test-kuramshin-now', { startsAt: fromNow(-1), endsAt: fromNow(2), caseSlugs: ['vadim-kuramshin'] });
    await insertEvent('test-kuramshin-over', { startsAt: fromNow(-5), endsAt: fromNow(-4), caseSlugs: ['vadim-kuramshin'] });
    await insertEvent('test-sokolova-soon', { startsAt: fromNow(24), caseSlugs: ['natalia-sokolova'] });

    const events = await queries.upcomingEventsForCase((await database.db.case.findUniqueOrThrow({ where: { slug: 'vadim-kuramshin' } })).id, 'en');
    expect(events.map((event) => event.slug)).toEqual(['test-kuramshin-now', 'test-kuramshin-soon']);
    expect(await queries.upcomingEventsForCase('berik-zhagiparov', 'en')).toEqual([]);
  });
});

describe('an action page', () => {
  it('has the linked cases, demands and quotes of the 100-days commemoration', async () => {
    const event = await queries.getEventBySlug('commemoration-100-jours-2012-03-24', 'en');
    expect(event).toMatchObject({ kind: 'COMMEMORATION', timeZone: 'Asia/Almaty', allDay: true, city: { text: 'Almaty' }, country: 'KZ' });
    expect(event!.cases).toEqual([expect.objectContaining({ slug: 'zhanaozen-defendants' })]);
    expect(event!.demands.map((demand) => demand.slug)).toEqual(['ck-2012-liberation-arretes-zhanaozen']);
    expect(event!.citations.map((citation) => citation.field).sort()).toEqual(['date', 'place', 'text']);
    expect(event!.citations[0]!.quote.document.slug).toMatch(/^doc-004/);
    expect(await queries.getEventBySlug('no-such-action', 'en')).toBeNull();
  });

  it('never shows the name of a case whose identity is protected', async () => {
    await database.db.case.create({
      data: { id: 'test-protected', slug: 'test-protected', kind: 'PERSON', name: 'Secret Person', identityProtected: true, campaignId: 'zhanaozen-2011', status: 'DETAINED' },
    });
    await insertEvent('test-protected-picket', { startsAt: fromNow(24), caseSlugs: ['test-protected'] });
    const event = await queries.getEventBySlug('test-protected-picket', 'en');
    expect(event!.cases).toEqual([expect.objectContaining({ slug: 'test-protected', name: 'S. P.' })]);
    expect(JSON.stringify(event)).not.toContain('Secret');
  });
});

describe('announcing an action to its followers', () => {
  let actions: typeof import('@/lib/events/actions');
  let followerId: string;
  beforeAll(async () => {
    actions = await import('@/lib/events/actions');
    const organizer = await database.db.user.create({ data: { email: 'events-organizer@example.org', role: 'ORGANIZER' } });
    session.user = { id: organizer.id, email: organizer.email, name: null, role: 'ORGANIZER' };
    followerId = (
      await database.db.subscriber.create({ data: { email: 'actions@example.org', locale: 'en', state: 'CONFIRMED', confirmedAt: new Date(), followsEvents: true }, select: { id: true } })
    ).id;
  });

  /** The form's values: wall-clock times in Paris, `days` from now. */
  const eventForm = (slug: string, days: number, changes: object = {}) => {
    const local = (date: Date) => new TZDate(date.getTime(), 'Europe/Paris').toISOString().slice(0, 16);
    return {
      slug,
      title: `Piquet ${slug}`,
      kind: 'PICKET',
      description: '',
      language: 'fr',
      startsAt: local(fromNow(days * 24)),
      endsAt: '',
      timeZone: 'Europe/Paris',
      allDay: false,
      datePrecision: 'DAY',
      city: 'Paris',
      country: 'FR',
      venue: '',
      onlineUrl: '',
      organiserId: '',
      campaignId: 'zhanaozen-2011',
      caseIds: [],
      demandIds: [],
      cancelled: false,
      ...changes,
    };
  };
  const announcements = (eventId: string) => database.db.delivery.count({ where: { subscriberId: followerId, alert: { kind: 'EVENT', eventId } } });

  async function create(slug: string, days: number, changes: object = {}) {
    const created = await actions.createEvent(eventForm(slug, days, changes));
    expect(created.ok, JSON.stringify(created)).toBe(true);
    return created.data!.id;
  }
  async function edit(id: string, slug: string, days: number, changes: object = {}) {
    const { version } = await database.db.actionEvent.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const saved = await actions.updateEvent({ id, version, ...eventForm(slug, days, changes) });
    expect(saved.ok && saved.data && 'saved' in saved.data, JSON.stringify(saved)).toBe(true);
  }

  it('announces a past action moved to a coming date once, and not again when it is edited later', async () => {
    const id = await create('announce-moved', -3);
    expect(await announcements(id)).toBe(0);
    await edit(id, 'announce-moved', 5);
    expect(await announcements(id)).toBe(1);
    await edit(id, 'announce-moved', 6, { title: 'Piquet déplacé' });
    expect(await announcements(id)).toBe(1);
  });

  it('announces a cancelled action once it is held after all, and an announced one never twice', async () => {
    const cancelled = await create('announce-uncancelled', 5, { cancelled: true });
    expect(await announcements(cancelled)).toBe(0);
    await edit(cancelled, 'announce-uncancelled', 5);
    expect(await announcements(cancelled)).toBe(1);

    const announced = await create('announce-once', 5);
    expect(await announcements(announced)).toBe(1);
    await edit(announced, 'announce-once', 5, { cancelled: true });
    await edit(announced, 'announce-once', 5);
    expect(await announcements(announced)).toBe(1);
  });
});
