import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkspaceUser } from '@/lib/auth/session';
import { createSeededAppDatabase } from '../support/app-database';
import { session } from '../support/signed-in';
import type { AcceptInput } from '@/lib/import/accept.schema';
import { reviewDefaults } from '@/lib/import/review';

// The actions run through the workspace wrapper as in the app; only the session and the message lookup stand in.
vi.mock('@/lib/auth/session', () => import('../support/signed-in'));
vi.mock('next-intl/server', () => ({
  getTranslations: async (scope: string | { locale: string; namespace: string }) => (key: string, values?: Record<string, unknown>) =>
    `${typeof scope === 'string' ? scope : `${scope.locale}:${scope.namespace}`}.${key}${values ? ` ${JSON.stringify(values)}` : ''}`,
}));

let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let organizer: WorkspaceUser;
let actions: typeof import('@/lib/import/actions');
let importQueries: typeof import('@/lib/import/queries');
let sources: typeof import('@/lib/sources/queries');
let demandQueries: typeof import('@/lib/demands/queries');

const statement = readFileSync('seeds/documents/004_8e77b66041a4195c.txt', 'utf8');

beforeAll(async () => {
  database = await createSeededAppDatabase();
  const row = await database.db.user.create({ data: { email: 'importer@example.org', role: 'ORGANIZER' } });
  organizer = { id: row.id, email: row.email, name: null, role: 'ORGANIZER' };
  actions = await import('@/lib/import/actions');
  importQueries = await import('@/lib/import/queries');
  sources = await import('@/lib/sources/queries');
  demandQueries = await import('@/lib/demands/queries');
});
afterAll(async () => database?.drop());

const importInput = (title: string, body: string, issuedOn: string) => ({ title, organisationId: 'campaign-kazakhstan', issuedOn, issuedOnPrecision: 'DAY', language: 'fr', body });

async function importStatement(title: string, body: string, issuedOn: string) {
  session.user = organizer;
  const result = await actions.importStatement(importInput(title, body, issuedOn));
  if (!result.data) throw new Error(`import failed: ${result.message}`);
  return result.data;
}

/** Statement 004 (seeded already) with a line of its own, so each import is a new text. */
let imports = 0;
const importStatement004 = () => importStatement('Le régime répond à sa condamnation (import)', `${statement}\n\nRéf. import-${++imports}`, '2012-03-19');

type Review = Awaited<ReturnType<typeof importStatement004>>;

/** The review as the form starts it, changed by `edit`, as the organizer sends it. */
function review({ document, proposals }: Review, edit: (input: AcceptInput) => Partial<AcceptInput> = () => ({})): AcceptInput {
  const defaults = reviewDefaults(document.id, 'zhanaozen-2011', proposals);
  return { ...defaults, ...edit(defaults) };
}

const counts = async () => ({
  demands: await database.db.demand.count(),
  quotes: await database.db.quote.count(),
  citations: await database.db.citation.count(),
  updates: await database.db.update.count(),
  audit: await database.db.auditLog.count(),
});

const acceptedOnly = <Proposal extends object>(proposals: Proposal[]) => proposals.map((proposal) => ({ ...proposal, accepted: true }));

describe('statement import', () => {
  it('stores the statement under a unique slug, in review, and proposes its demands and the known people it names', async () => {
    const first = await importStatement004();
    const second = await importStatement004();
    expect(second.document.slug).not.toBe(first.document.slug);
    expect(first.resumed).toBe(false);
    expect(first.proposals.demands).toHaveLength(7);
    const kuramshin = await database.db.case.findUniqueOrThrow({ where: { slug: 'vadim-kuramshin' }, select: { id: true } });
    expect(first.proposals.people.map((person) => person.caseId)).toContain(kuramshin.id);
    const stored = await database.db.sourceDocument.findUniqueOrThrow({ where: { id: first.document.id }, select: { state: true, issuers: { select: { organisationId: true } } } });
    expect(stored).toEqual({ state: 'IN_REVIEW', issuers: [{ organisationId: 'campaign-kazakhstan' }] });
    expect(await database.db.auditLog.count({ where: { action: 'source.create', entityId: first.document.id } })).toBe(1);
  });

  it('records accepted demands, pending and in order, each citing its quote, and draft updates on people', async () => {
    const imported = await importStatement004();
    const { document, proposals } = imported;
    const kuramshinIndex = proposals.people.findIndex((person) => person.name.includes('Kuramshin'));
    const kuramshin = proposals.people[kuramshinIndex];
    if (!kuramshin) throw new Error('Kuramshin not proposed');
    const input = review(imported, (defaults) => ({
      demands: defaults.demands.map((demand, index) => (index === 0 ? { ...demand, text: 'Libération de tous ceux arrêtés à Zhanaozen' } : demand)),
      people: defaults.people.map((person, index) => (index === kuramshinIndex ? { ...person, accepted: true, title: 'Rumeur de suicide démentie' } : person)),
    }));
    const result = await actions.acceptProposals(input);
    expect(result.ok).toBe(true);
    const demands = await database.db.demand.findMany({
      where: { id: { in: result.data?.demandIds } },
      orderBy: { position: 'asc' },
      select: { text: true, status: true, issuedById: true, campaignId: true, issuedOn: true, citations: { select: { field: true, quote: { select: { text: true, documentId: true } } } } },
    });
    expect(demands.map((demand) => demand.text)).toEqual(input.demands.map((demand) => demand.text));
    for (const [index, demand] of demands.entries()) {
      expect(demand).toMatchObject({ status: 'PENDING', issuedById: 'campaign-kazakhstan', campaignId: 'zhanaozen-2011' });
      expect(demand.issuedOn.toISOString().slice(0, 10)).toBe('2012-03-19');
      expect(demand.citations).toEqual([{ field: 'text', quote: { text: proposals.demands[index]?.quote, documentId: document.id } }]);
    }
    expect(result.data?.updateIds).toHaveLength(1);
    const update = await database.db.update.findUniqueOrThrow({
      where: { id: result.data?.updateIds[0] },
      select: { caseId: true, title: true, state: true, publishedAt: true, occurredOn: true, citations: { select: { quote: { select: { text: true, documentId: true } } } } },
    });
    expect(update).toMatchObject({ caseId: kuramshin.caseId, title: 'Rumeur de suicide démentie', state: 'DRAFT', publishedAt: null, citations: [{ quote: { text: kuramshin.quote, documentId: document.id } }] });
    expect(update.occurredOn.toISOString().slice(0, 10)).toBe('2012-03-19');
    expect(await database.db.auditLog.count({ where: { action: 'demand.create', entityId: { in: result.data?.demandIds } } })).toBe(7);
    expect(await database.db.auditLog.count({ where: { action: 'update.create', entityId: result.data?.updateIds[0] } })).toBe(1);
  });

  it('records nothing of the proposals the organizer rejects', async () => {
    const imported = await importStatement004();
    const before = await counts();
    const result = await actions.acceptProposals(review(imported, (defaults) => ({ demands: defaults.demands.map((demand, index) => ({ ...demand, accepted: index === 6 })) })));
    expect(result.data).toMatchObject({ updateIds: [], candidateIds: [] });
    const demands = await database.db.demand.findMany({ where: { id: { in: result.data?.demandIds } }, select: { text: true, position: true } });
    expect(demands).toEqual([{ text: 'La démission du gouvernement et du président', position: 0 }]);
    expect(await database.db.candidateName.count({ where: { documentId: imported.document.id } })).toBe(0);
    expect((await counts()).updates).toBe(before.updates);
  });

  it('proposes the items of a wrapped list whole, and records them each citing its full text in the statement', async () => {
    const body = [
      'Déclaration du comité de soutien.',
      '',
      'Avec les familles des grévistes, le comité exige des autorités du Kazakhstan',
      '',
      '1. la libération de tous ceux qui ont été arrêtés à Zhanaozen et',
      'à Shetpe depuis le 16 décembre ;',
      '2. l’abandon des charges contre les militants qui ont distribué',
      'des tracts.',
      '',
      'Les personnes arrêtées cette semaine sont :',
      '- Dmitrii Tikhonov',
      '- Arman Ozhaubaev',
    ].join('\n');
    const imported = await importStatement('Déclaration du comité (liste repliée)', body, '2012-03-20');
    const { document, proposals } = imported;
    expect(proposals.demands.map((demand) => demand.text)).toEqual([
      'la libération de tous ceux qui ont été arrêtés à Zhanaozen et à Shetpe depuis le 16 décembre ;',
      'l’abandon des charges contre les militants qui ont distribué des tracts.',
    ]);
    const result = await actions.acceptProposals(review(imported));
    expect(result.ok).toBe(true);
    const demands = await database.db.demand.findMany({
      where: { id: { in: result.data?.demandIds } },
      orderBy: { position: 'asc' },
      select: { text: true, citations: { select: { quote: { select: { text: true, documentId: true } } } } },
    });
    expect(demands).toEqual(proposals.demands.map(({ text }) => ({ text, citations: [{ quote: { text, documentId: document.id } }] })));
  });

  it('refuses a quote that is not in the statement and writes nothing', async () => {
    const imported = await importStatement004();
    const before = await counts();
    const input = review(imported, (defaults) => ({
      demands: [...defaults.demands.slice(0, 2), { accepted: true, text: 'La libération de tous', quote: 'La libération immédiate de tous ceux arrêtés à Zhanaozen' }],
    }));
    const result = await actions.acceptProposals(input);
    expect(result.ok).toBeUndefined();
    expect(result.errors).toEqual({ 'demands.2.quote': ['quoteNotInDocument'] });
    expect(await counts()).toEqual(before);
    expect((await database.db.sourceDocument.findUniqueOrThrow({ where: { id: imported.document.id }, select: { state: true } })).state).toBe('IN_REVIEW');
  });

  it('gives the statement and its demands addresses that name a protected person by their initials only', async () => {
    await database.db.case.update({ where: { slug: 'tamara-sergazieva' }, data: { identityProtected: true, slug: 'case-ts' } });
    const body = ['Nous exigeons :', '- la libération immédiate de Tamara Sergazieva ;', '- l’abandon des charges.'].join('\n');
    const imported = await importStatement('Liberté pour Tamara Sergazieva', body, '2012-03-21');
    const result = await actions.acceptProposals(review(imported));
    const demands = await database.db.demand.findMany({ where: { id: { in: result.data?.demandIds } }, select: { slug: true } });
    const slugs = [imported.document.slug, ...demands.map((demand) => demand.slug)];
    expect(slugs).toHaveLength(3);
    for (const slug of slugs) expect(slug).not.toMatch(/tamara|sergazieva/);
    expect(imported.document.slug).toBe('liberte-pour-t-s');
  });

  it('is refused to reviewers', async () => {
    const imported = await importStatement004();
    session.user = { ...organizer, role: 'REVIEWER' };
    const before = await counts();
    const result = await actions.acceptProposals(review(imported));
    expect(result.message).toBe('workspace.errors.forbidden');
    expect(await counts()).toEqual(before);
  });
});

describe('new names and dates of a statement', () => {
  it('keeps accepted new names, as corrected, to follow up in the workspace, with their passage; no case, nothing public', async () => {
    const imported = await importStatement004();
    const nazarbaev = imported.proposals.candidates.findIndex((candidate) => candidate.name === 'Nursultan Nazarbaev');
    expect(nazarbaev).toBeGreaterThanOrEqual(0);
    const cases = await database.db.case.count();
    const result = await actions.acceptProposals(
      review(imported, (defaults) => ({
        demands: [],
        candidates: defaults.candidates.map((candidate, index) => (index === nazarbaev ? { ...candidate, accepted: true, name: 'Noursoultan Nazarbaïev' } : candidate)),
      })),
    );
    expect(result.data?.candidateIds).toHaveLength(1);
    expect(await importQueries.listCandidateNames()).toContainEqual({
      id: result.data?.candidateIds[0],
      name: 'Noursoultan Nazarbaïev',
      quote: { text: imported.proposals.candidates[nazarbaev]?.quote },
      document: { id: imported.document.id, title: imported.document.title },
    });
    expect(await database.db.case.count()).toBe(cases);

    session.user = organizer;
    expect((await actions.markCandidateFollowedUp({ candidateId: result.data?.candidateIds[0] })).ok).toBe(true);
    expect((await importQueries.listCandidateNames()).map((candidate) => candidate.id)).not.toContain(result.data?.candidateIds[0]);
    expect(await database.db.auditLog.count({ where: { entityId: result.data?.candidateIds[0], action: { in: ['candidate.create', 'candidate.delete'] } } })).toBe(2);
  });

  it('dates a draft update by the date accepted for it, edited or not, citing its passage and how it was resolved', async () => {
    const imported = await importStatement004();
    const { proposals } = imported;
    const kuramshinIndex = proposals.people.findIndex((person) => person.name.includes('Kuramshin'));
    const kuramshin = proposals.people[kuramshinIndex]!;
    const yesterday = proposals.dates.findIndex((date) => date.text === 'hier');
    expect(proposals.dates[yesterday]).toMatchObject({ date: '2012-03-18', precision: 'DAY' });
    const input = review(imported, (defaults) => ({
      demands: [],
      people: defaults.people.map((person, index) => ({ ...person, accepted: index === kuramshinIndex })),
      dates: defaults.dates.map((date, index) => (index === yesterday ? { ...date, accepted: true, caseId: kuramshin.caseId } : date)),
    }));
    const result = await actions.acceptProposals(input);
    expect(result.ok).toBe(true);
    const update = await database.db.update.findUniqueOrThrow({
      where: { id: result.data?.updateIds[0] },
      select: { occurredOn: true, occurredOnPrecision: true, citations: { orderBy: { field: 'asc' }, select: { field: true, note: true, quote: { select: { text: true } } } } },
    });
    expect(update.occurredOn.toISOString().slice(0, 10)).toBe('2012-03-18');
    expect(update.occurredOnPrecision).toBe('DAY');
    expect(update.citations).toEqual([
      { field: 'date', note: expect.stringContaining('"text":"hier"'), quote: { text: proposals.dates[yesterday]?.quote } },
      { field: 'text', note: null, quote: { text: kuramshin.quote } },
    ]);
    expect(update.citations[0]?.note).toMatch(/^fr:import\.dateNote .*"date":"dimanche 18 mars 2012"/);

    const edited = await importStatement004();
    const editedInput = review(edited, (defaults) => ({
      demands: [],
      people: defaults.people.map((person, index) => ({ ...person, accepted: index === kuramshinIndex })),
      dates: defaults.dates.map((date, index) => (index === yesterday ? { ...date, accepted: true, caseId: kuramshin.caseId, date: '2012-03-17', precision: 'BEFORE' as const } : date)),
    }));
    const editedResult = await actions.acceptProposals(editedInput);
    const editedUpdate = await database.db.update.findUniqueOrThrow({ where: { id: editedResult.data?.updateIds[0] }, select: { occurredOn: true, occurredOnPrecision: true } });
    expect(editedUpdate).toEqual({ occurredOn: new Date('2012-03-17T00:00:00Z'), occurredOnPrecision: 'BEFORE' });
  });

  it('refuses a date accepted for no accepted draft, or a second date for one draft, and writes nothing', async () => {
    const imported = await importStatement004();
    expect(imported.proposals.dates.length).toBeGreaterThanOrEqual(3);
    const person = imported.proposals.people[0]!;
    const before = await counts();
    const withoutDraft = await actions.acceptProposals(review(imported, (defaults) => ({ dates: defaults.dates.map((date, index) => ({ ...date, accepted: index === 0, caseId: person.caseId })) })));
    expect(withoutDraft.ok).toBeUndefined();
    expect(withoutDraft.errors).toHaveProperty('dates');
    const twice = await actions.acceptProposals(
      review(imported, (defaults) => ({
        people: defaults.people.map((candidate, index) => ({ ...candidate, accepted: index === 0 })),
        dates: defaults.dates.map((date, index) => ({ ...date, accepted: index < 2, caseId: person.caseId })),
      })),
    );
    expect(twice.ok).toBeUndefined();
    expect(await counts()).toEqual(before);
    const issues = (await import('@/lib/import/accept.schema')).acceptSchema.safeParse(
      review(imported, (defaults) => ({
        people: defaults.people.map((candidate, index) => ({ ...candidate, accepted: index === 0 })),
        dates: defaults.dates.map((date, index) => ({ ...date, accepted: index < 3, caseId: index === 2 ? '' : person.caseId })),
      })),
    ).error?.issues;
    expect(issues?.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['dates.1.caseId', 'oneDatePerDraft'],
      ['dates.2.caseId', 'dateWithoutDraft'],
    ]);
  });
});

describe('what the public sees of an imported statement', () => {
  const publicDemandDocuments = async () => (await demandQueries.listDemandLists('fr')).map((list) => list.document?.slug);

  it('keeps the statement from every public read until the organizer has reviewed it and chosen to publish it', async () => {
    const seeded = await database.db.sourceDocument.findUniqueOrThrow({ where: { id: 'doc-004-campaign-update-2012-03-19' }, select: { slug: true } });
    expect(await sources.getSourceBySlug(seeded.slug)).not.toBeNull();
    const published = await importStatement004();
    expect(await sources.getSourceBySlug(published.document.slug)).toBeNull();
    const recorded = await actions.acceptProposals(review(published));
    expect(await database.db.auditLog.count({ where: { action: 'source.review', entityId: published.document.id } })).toBe(1);
    // Its page, opened again (as it is at once after the recording), says what was recorded.
    const { getRecordedReview } = await import('@/lib/import/queries');
    expect(await getRecordedReview(published.document.id)).toEqual({
      published: true,
      demands: recorded.data!.demandIds.length,
      updates: recorded.data!.updateIds.length,
      names: recorded.data!.candidateIds.length,
    });
    expect((await sources.getSourceBySlug(published.document.slug))?.title).toBe(published.document.title);
    expect(await publicDemandDocuments()).toContain(published.document.slug);

    const withheld = await importStatement004();
    const result = await actions.acceptProposals({ ...review(withheld), publishDocument: false });
    expect(result.data?.state).toBe('WITHHELD');
    expect(await sources.getSourceBySlug(withheld.document.slug)).toBeNull();
    expect(await publicDemandDocuments()).not.toContain(withheld.document.slug);
    const accepted = await database.db.demand.findMany({ where: { id: { in: result.data?.demandIds } }, select: { slug: true } });
    const shown = (await demandQueries.listDemandLists('fr')).flatMap((list) => list.demands).filter((demand) => accepted.some(({ slug }) => slug === demand.slug));
    expect(shown).toHaveLength(7);
    for (const demand of shown) expect(demand).toMatchObject({ document: null, citations: [] });
  });

  it('hides citations of a document in review from the public record', async () => {
    const imported = await importStatement004();
    const demand = await database.db.demand.findFirstOrThrow({ where: { citations: { some: {} } }, select: { id: true, slug: true, citations: { select: { id: true } } } });
    const quote = await database.db.quote.create({ data: { documentId: imported.document.id, text: imported.proposals.demands[0]!.quote } });
    await database.db.citation.create({ data: { demandId: demand.id, quoteId: quote.id, field: 'text' } });
    const shown = (await demandQueries.listDemandLists('fr')).flatMap((list) => list.demands).find((entry) => entry.slug === demand.slug);
    expect(shown?.citations.map((citation) => citation.quote.document.slug)).not.toContain(imported.document.slug);
    expect(shown?.citations).toHaveLength(demand.citations.length);
  });
});

describe('resuming a review', () => {
  it('opens the same review again, from the page or by importing the same text, without a second document', async () => {
    const body = `${statement}\n\nRéf. reprise`;
    const first = await importStatement('Reprise', body, '2012-03-19');
    const documents = await database.db.sourceDocument.count();
    const again = await importStatement('Reprise (encore)', body, '2012-03-19');
    expect(again).toEqual({ ...first, resumed: true });
    expect(await database.db.sourceDocument.count()).toBe(documents);
    expect(await importQueries.getStatementReview(first.document.id)).toEqual({ document: first.document, proposals: first.proposals });
    expect((await importQueries.listStatementsInReview()).map((document) => document.id)).toContain(first.document.id);

    expect((await actions.acceptProposals(review(first))).ok).toBe(true);
    expect(await importQueries.getStatementReview(first.document.id)).toBeNull();
    const before = await counts();
    expect((await actions.acceptProposals(review(first))).message).toBe('import.errors.alreadyReviewed');
    expect(await counts()).toEqual(before);
    const reviewed = await actions.importStatement(importInput('Reprise (après relecture)', body, '2012-03-19'));
    expect(reviewed.message).toBe('import.errors.alreadyRecorded {"title":"Reprise"}');
    expect(await database.db.sourceDocument.count()).toBe(documents);
  });

  it('does not store a seeded statement a second time', async () => {
    session.user = organizer;
    const documents = await database.db.sourceDocument.count();
    const result = await actions.importStatement(importInput('Le régime répond', statement, '2012-03-19'));
    expect(result.message).toMatch(/^import\.errors\.alreadyRecorded/);
    expect(await database.db.sourceDocument.count()).toBe(documents);
  });
});
