import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededAppDatabase } from '../support/app-database';
import { statementDemandLists } from '../support/statement-demand-lists';

let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let queries: typeof import('../../lib/demands/queries');
beforeAll(async () => {
  database = await createSeededAppDatabase();
  queries = await import('../../lib/demands/queries');
});
afterAll(async () => database?.drop());

const findDemand = async (slug: string, locale = 'en') =>
  (await queries.listDemandLists(locale)).flatMap((list) => [...list.demands, ...list.callsToAction]).find((d) => d.slug === slug);

/** Inserts a demand concerning the given cases for one test, and removes it afterwards. */
const caseIdOf = async (slug: string) => (await database.db.case.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

async function withDemand(slug: string, caseSlugs: string[], body: () => Promise<void>) {
  const caseIds = await Promise.all(caseSlugs.map(caseIdOf));
  await database.db.demand.create({
    data: {
      slug,
      text: 'Revendication de test',
      issuedById: 'campaign-kazakhstan',
      campaignId: 'zhanaozen-2011',
      issuedOn: new Date('2012-04-01T00:00:00Z'),
      issuedOnPrecision: 'DAY',
      cases: { create: caseIds.map((caseId) => ({ caseId })) },
    },
  });
  try {
    await body();
  } finally {
    await database.db.demand.delete({ where: { slug } });
  }
}

describe('the demands page', () => {
  it('groups the demands by the statement they were issued in, newest first, each list whole and in order', async () => {
    const lists = await queries.listDemandLists('en');
    expect(lists.map((list) => [list.issuedBy, list.document?.slug, list.demands.length, list.callsToAction.length])).toEqual([
      ['Ligue socialiste internationale', 'doc-002-lsi-non-a-la-repression-2022-01', 5, 2],
      ['Mouvement socialiste du Kazakhstan', 'doc-003-msk-soulevement-2022-01', 5, 1],
      ['Campaign Kazakhstan', 'doc-004-campaign-update-2012-03-19', 7, 1],
      ['Mouvement socialiste du Kazakhstan', 'doc-000-zhanaozen-massacre-statements-2011-12-17', 0, 4],
    ]);
    const campaignKazakhstan = lists[2]!;
    expect(campaignKazakhstan.demands.map((d) => d.text.text)).toEqual(statementDemandLists.find(([file]) => file.startsWith('004_'))![2]);
    expect(campaignKazakhstan).toMatchObject({ issuedOnPrecision: 'DAY', issuedOn: new Date('2012-03-19T00:00:00Z') });
    expect(campaignKazakhstan.demands[0]!.citations.map((c) => c.quote.text)).toEqual(['La libération de tous ceux arrêtés à Zhanaozen']);
  });

  it('counts the people a demand concerns: a group as its latest count, a person as one', async () => {
    // The 52 Zhanaozen defendants, and Tamara Sergazieva, arrested in Zhanaozen in March 2012 and not one of the 52.
    const zhanaozen = await findDemand('ck-2012-liberation-arretes-zhanaozen');
    expect(zhanaozen?.cases.map((c) => [c.slug, c.latestCount?.count ?? 1])).toEqual([
      ['zhanaozen-defendants', 52],
      ['tamara-sergazieva', 1],
    ]);
    expect(zhanaozen?.progress).toEqual({ released: { count: 0, qualifier: 'EXACT' }, concerned: { count: 53, qualifier: 'EXACT' } });

    const january = await findDemand('lsi-2022-liberation-des-prisonniers-politiques');
    expect(january?.progress).toEqual({ released: { count: 0, qualifier: 'EXACT' }, concerned: { count: 2000, qualifier: 'MORE_THAN' } });

    expect((await findDemand('ck-2012-fin-de-la-repression'))?.progress).toBeNull();
  });

  it('counts a released person as one released', async () => {
    await withDemand('test-demand-released', ['natalia-sokolova', 'vadim-kuramshin', 'zhanaozen-defendants'], async () => {
      expect((await findDemand('test-demand-released'))?.progress).toEqual({
        released: { count: 1, qualifier: 'EXACT' },
        concerned: { count: 54, qualifier: 'EXACT' },
      });
    });
  });

  it('shows the organizer translation of a demand when there is one, the original otherwise', async () => {
    await database.db.translation.create({
      data: { demandId: 'ck-2012-fin-de-la-repression', field: 'text', language: 'en', text: 'An end to state repression' },
    });
    try {
      expect((await findDemand('ck-2012-fin-de-la-repression', 'en'))?.text).toEqual({ text: 'An end to state repression', lang: 'en', translated: true });
      expect((await findDemand('ck-2012-fin-de-la-repression', 'ru'))?.text).toEqual({ text: "La fin de la répression d'Etat", lang: 'fr', translated: false });
    } finally {
      await database.db.translation.deleteMany({ where: { demandId: 'ck-2012-fin-de-la-repression' } });
    }
  });

  it('names a protected case it concerns by its initials only', async () => {
    await database.db.case.create({
      data: { id: 'test-demand-protected', slug: 'test-demand-protected', name: 'Aigerim Testbayeva', identityProtected: true, kind: 'PERSON', status: 'DETAINED', campaignId: 'zhanaozen-2011' },
    });
    try {
      await withDemand('test-demand-protected-case', ['test-demand-protected'], async () => {
        const demand = await findDemand('test-demand-protected-case');
        expect(demand?.cases).toEqual([{ slug: 'test-demand-protected', kind: 'PERSON', name: 'A. T.', status: 'DETAINED', latestCount: null }]);
        expect(JSON.stringify(demand)).not.toMatch(/Aigerim|Testbayeva/);
      });
    } finally {
      await database.db.case.delete({ where: { slug: 'test-demand-protected' } });
    }
  });
});

describe('the demands of a case', () => {
  it('are those that concern it, newest first', async () => {
    expect((await queries.demandsForCase(await caseIdOf('vadim-kuramshin'), 'en')).map((d) => d.slug)).toEqual([
      'ck-2012-liberation-prisonniers-politiques',
      'ck-2012-abandon-des-charges',
    ]);
    expect((await queries.demandsForCase(await caseIdOf('january-2022-detainees'), 'en')).map((d) => d.slug).sort()).toEqual([
      'lsi-2022-liberation-des-prisonniers-politiques',
      'msk-2022-liberation-des-prisonniers-politiques',
    ]);
    expect(await queries.demandsForCase(await caseIdOf('esenbek-ouktechbaev'), 'en')).toEqual([]);
  });
});
