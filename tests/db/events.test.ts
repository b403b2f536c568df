import { TZDate } from '@date-fns/tz';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '@/lib/generated/prisma/client';
import { applySeed } from '../../seeds/apply';
import { seedRecord } from '../../seeds/record';
import { createTestDatabase } from '../support/test-database';

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
