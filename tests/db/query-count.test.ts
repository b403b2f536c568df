import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applySeed } from '../../seeds/apply';
import { createTestDatabase } from '../support/test-database';

// The app's one client, with every SQL statement it sends counted.
const statements = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/db', async () => {
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const { PrismaClient } = await import('@/lib/generated/prisma/client');
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 4 }), log: [{ emit: 'event', level: 'query' }] });
  db.$on('query', () => {
    statements.count += 1;
  });
  return { db, databaseTimeouts: { connectMs: 5_000 } };
});

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await applySeed(database.db);
  process.env.DATABASE_URL = database.url;
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

const locale = 'en';
const busiestCase = 'vadim-kuramshin';
/** The grown rows cite the document of the source page counted, so it grows too. */
const kuramshinQuote = { citations: { some: { case: { slug: busiestCase } } } };

/** What each public address reads from the database, as its page, feed or endpoint does it. */
async function publicAddresses() {
  const [campaigns, cases, demands, events, sources, updates, feeds, api, parameters, endpoints] = await Promise.all([
    import('@/lib/campaigns/queries'),
    import('@/lib/cases/queries'),
    import('@/lib/demands/queries'),
    import('@/lib/events/queries'),
    import('@/lib/sources/queries'),
    import('@/lib/updates/queries'),
    import('@/lib/feeds/queries'),
    import('@/lib/api/queries'),
    import('@/lib/api/parameters'),
    import('@/lib/api/endpoints'),
  ]);
  const site = { origin: 'http://localhost:3000', url: new URL('http://localhost:3000/api/v1') };
  const noQuery = <Q extends Parameters<typeof parameters.parseQuery>[0]>(schema: Q) => parameters.parseQuery(schema, new URLSearchParams()) as never;
  const { slug: sourceSlug } = await database.db.sourceDocument.findFirstOrThrow({ where: { quotes: { some: kuramshinQuote } }, select: { slug: true } });
  const { slug: eventSlug } = await database.db.actionEvent.findFirstOrThrow({ orderBy: { startsAt: 'asc' }, select: { slug: true } });
  const { slug: groupSlug } = await database.db.case.findFirstOrThrow({ where: { kind: 'GROUP', campaign: { cases: { some: { slug: busiestCase } } } }, select: { slug: true } });
  const casePage = async (slug: string) => {
    const found = await cases.getCaseBySlug(slug, locale);
    await Promise.all([demands.demandsForCase(found!.id, locale), events.upcomingEventsForCase(found!.id, locale)]);
  };
  return {
    '/': () => Promise.all([campaigns.listCampaigns(locale), updates.latestUpdates(locale, 8), events.listEvents(locale)]),
    '/cases': () => Promise.all([campaigns.listCampaigns(locale), cases.listCases(locale, {}), cases.countCasesByStatus({})]),
    '/cases/<person>': () => casePage(busiestCase),
    '/cases/<group>': () => casePage(groupSlug),
    '/demands': () => demands.listDemandLists(locale),
    '/events': () => events.listEvents(locale),
    '/events/<slug>': () => events.getEventBySlug(eventSlug, locale),
    '/sources/<slug>': () => sources.getSourceBySlug(sourceSlug),
    '/feed.xml': () => feeds.latestUpdatesFeed(),
    '/cases/<slug>/feed.xml': () => feeds.caseUpdatesFeed(busiestCase),
    '/api/v1/cases': () => api.listCases(noQuery(endpoints.casesEndpoint.query), site),
    '/api/v1/cases/<slug>': () => api.getCase(busiestCase, site),
    '/api/v1/updates': () => api.listUpdates(noQuery(endpoints.updatesEndpoint.query), site),
    '/api/v1/demands': () => api.listDemands(noQuery(endpoints.demandsEndpoint.query)),
    '/api/v1/events': () => api.listEvents(noQuery(endpoints.eventsEndpoint.query), site),
  };
}

async function countStatements(addresses: Record<string, () => Promise<unknown>>) {
  const counts: Record<string, number> = {};
  for (const [address, read] of Object.entries(addresses)) {
    statements.count = 0;
    await read();
    counts[address] = statements.count;
  }
  return counts;
}

/** Much more of everything the pages list: members of a group, updates with their sources, demands and actions on one case. */
async function growTheRecord() {
  const db = database.db;
  const quote = await db.quote.findFirstOrThrow({ where: kuramshinQuote, orderBy: { id: 'asc' }, select: { id: true } });
  const kuramshin = await db.case.findUniqueOrThrow({ where: { slug: busiestCase }, select: { id: true, campaignId: true } });
  const group = await db.case.findFirstOrThrow({ where: { kind: 'GROUP', campaignId: kuramshin.campaignId }, select: { id: true } });
  const organisation = await db.organisation.findFirstOrThrow({ select: { id: true } });
  const cited = { create: [{ quoteId: quote.id, field: 'text' }] };
  const update = (n: number) => ({
    title: `Mise à jour ${n}`,
    body: `Texte ${n}`,
    occurredOn: new Date(Date.UTC(2013, 0, 1 + n)),
    occurredOnPrecision: 'DAY' as const,
    state: 'PUBLISHED' as const,
    publishedAt: new Date(Date.UTC(2030, 0, 1, 0, n)),
    citations: cited,
    translations: { create: [{ language: 'en', field: 'title', text: `Update ${n}` }] },
  });
  for (let n = 0; n < 20; n++) {
    await db.case.create({
      data: {
        slug: `grown-case-${n}`,
        kind: 'PERSON',
        name: `Personne ${n}`,
        campaignId: kuramshin.campaignId,
        groupId: group.id,
        status: 'DETAINED',
        aliases: { create: [{ alias: `Alias ${n}` }, { alias: `Псевдоним ${n}` }] },
        citations: cited,
        updates: { create: [update(n), update(n + 20)] },
      },
    });
  }
  for (let n = 0; n < 15; n++) await db.update.create({ data: { ...update(n + 40), caseId: kuramshin.id } });
  for (let n = 0; n < 8; n++) {
    const demand = await db.demand.create({
      data: {
        slug: `grown-demand-${n}`,
        text: `Revendication ${n}`,
        issuedById: organisation.id,
        campaignId: kuramshin.campaignId,
        issuedOn: new Date('2013-01-01'),
        issuedOnPrecision: 'DAY',
        position: n,
        citations: cited,
        cases: { create: [{ caseId: kuramshin.id }] },
      },
      select: { id: true },
    });
    await db.actionEvent.create({
      data: {
        slug: `grown-event-${n}`,
        kind: 'RALLY',
        title: `Rassemblement ${n}`,
        startsAt: new Date(Date.UTC(2099, 0, 1 + n, 12)),
        timeZone: 'Asia/Almaty',
        campaignId: kuramshin.campaignId,
        citations: cited,
        cases: { create: [{ caseId: kuramshin.id }] },
        demands: { create: [{ demandId: demand.id }] },
      },
    });
  }
}

describe('the statements each public address sends to PostgreSQL', () => {
  it('are few, and no more once the record has many more cases, members, updates, demands and actions: no query per row', async () => {
    const addresses = await publicAddresses();
    const seeded = await countStatements(addresses);
    await growTheRecord();
    const grown = await countStatements(addresses);
    console.info('SQL statements per public address, the same before and after growing the record:', seeded);

    expect(grown).toEqual(seeded);
    // The case page reads the most: the case, its group, members, counts, timeline, each with sources and translations.
    for (const [address, count] of Object.entries(seeded)) expect(count, address).toBeLessThanOrEqual(40);
  });
});
