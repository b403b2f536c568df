import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkspaceUser } from '@/lib/auth/session';
import { createSeededAppDatabase } from '../support/app-database';
import { session } from '../support/signed-in';

// The actions run through the workspace wrapper as in the app; only the session and the message lookup stand in.
vi.mock('@/lib/auth/session', () => import('../support/signed-in'));
vi.mock('next-intl/server', () => ({ getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}` }));

let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let organizer: WorkspaceUser;
let actions: typeof import('@/lib/import/actions');

const statement = readFileSync('seeds/documents/004_8e77b66041a4195c.txt', 'utf8');

beforeAll(async () => {
  database = await createSeededAppDatabase();
  const row = await database.db.user.create({ data: { email: 'importer@example.org', role: 'ORGANIZER' } });
  organizer = { id: row.id, email: row.email, name: null, role: 'ORGANIZER' };
  actions = await import('@/lib/import/actions');
});
afterAll(async () => database?.drop());

async function importStatement(title: string, body: string, issuedOn: string) {
  session.user = organizer;
  const result = await actions.importStatement({ title, organisationId: 'campaign-kazakhstan', issuedOn, issuedOnPrecision: 'DAY', language: 'fr', body });
  if (!result.data) throw new Error(`import failed: ${result.message}`);
  return result.data;
}

const importStatement004 = () => importStatement('Le régime répond à sa condamnation (import)', statement, '2012-03-19');

const counts = async () => ({
  demands: await database.db.demand.count(),
  quotes: await database.db.quote.count(),
  citations: await database.db.citation.count(),
  updates: await database.db.update.count(),
  audit: await database.db.auditLog.count(),
});

describe('statement import', () => {
  it('stores the statement under a unique slug and proposes its demands and the known people it names', async () => {
    const first = await importStatement004();
    const second = await importStatement004();
    expect(second.document.slug).not.toBe(first.document.slug);
    expect(first.proposals.demands).toHaveLength(7);
    const kuramshin = await database.db.case.findUniqueOrThrow({ where: { slug: 'vadim-kuramshin' }, select: { id: true } });
    expect(first.proposals.people.map((person) => person.caseId)).toContain(kuramshin.id);
    const stored = await database.db.sourceDocument.findUniqueOrThrow({ where: { id: first.document.id }, select: { body: true, issuers: { select: { organisationId: true } } } });
    expect(stored.issuers).toEqual([{ organisationId: 'campaign-kazakhstan' }]);
    expect(await database.db.auditLog.count({ where: { action: 'source.create', entityId: first.document.id } })).toBe(1);
  });

  it('records accepted demands, pending and in order, each citing its quote, and draft updates on people', async () => {
    const { document, proposals } = await importStatement004();
    const kuramshin = proposals.people.find((person) => person.name.includes('Kuramshin'));
    if (!kuramshin) throw new Error('Kuramshin not proposed');
    const accepted = proposals.demands.map((demand, index) => (index === 0 ? { ...demand, text: 'Libération de tous ceux arrêtés à Zhanaozen' } : demand));
    const result = await actions.acceptProposals({
      documentId: document.id,
      campaignId: 'zhanaozen-2011',
      demands: accepted,
      people: [{ caseId: kuramshin.caseId, title: 'Rumeur de suicide démentie', quote: kuramshin.quote }],
    });
    expect(result.ok).toBe(true);
    const demands = await database.db.demand.findMany({
      where: { id: { in: result.data?.demandIds } },
      orderBy: { position: 'asc' },
      select: { text: true, status: true, issuedById: true, campaignId: true, issuedOn: true, citations: { select: { field: true, quote: { select: { text: true, documentId: true } } } } },
    });
    expect(demands.map((demand) => demand.text)).toEqual(accepted.map((demand) => demand.text));
    for (const [index, demand] of demands.entries()) {
      expect(demand).toMatchObject({ status: 'PENDING', issuedById: 'campaign-kazakhstan', campaignId: 'zhanaozen-2011' });
      expect(demand.issuedOn.toISOString().slice(0, 10)).toBe('2012-03-19');
      expect(demand.citations).toEqual([{ field: 'text', quote: { text: proposals.demands[index]?.quote, documentId: document.id } }]);
    }
    const update = await database.db.update.findUniqueOrThrow({
      where: { id: result.data?.updateIds[0] },
      select: { caseId: true, state: true, publishedAt: true, citations: { select: { quote: { select: { text: true, documentId: true } } } } },
    });
    expect(update).toMatchObject({ caseId: kuramshin.caseId, state: 'DRAFT', publishedAt: null, citations: [{ quote: { text: kuramshin.quote, documentId: document.id } }] });
    expect(await database.db.auditLog.count({ where: { action: 'demand.create', entityId: { in: result.data?.demandIds } } })).toBe(7);
    expect(await database.db.auditLog.count({ where: { action: 'update.create', entityId: update ? result.data?.updateIds[0] : '' } })).toBe(1);
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
    const { document, proposals } = await importStatement('Déclaration du comité (liste repliée)', body, '2012-03-20');
    expect(proposals.demands.map((demand) => demand.text)).toEqual([
      'la libération de tous ceux qui ont été arrêtés à Zhanaozen et à Shetpe depuis le 16 décembre ;',
      'l’abandon des charges contre les militants qui ont distribué des tracts.',
    ]);
    const result = await actions.acceptProposals({ documentId: document.id, campaignId: 'zhanaozen-2011', demands: proposals.demands, people: [] });
    expect(result.ok).toBe(true);
    const demands = await database.db.demand.findMany({
      where: { id: { in: result.data?.demandIds } },
      orderBy: { position: 'asc' },
      select: { text: true, citations: { select: { quote: { select: { text: true, documentId: true } } } } },
    });
    expect(demands).toEqual(proposals.demands.map(({ text }) => ({ text, citations: [{ quote: { text, documentId: document.id } }] })));
  });

  it('refuses a quote that is not in the statement and writes nothing', async () => {
    const { document, proposals } = await importStatement004();
    const before = await counts();
    const result = await actions.acceptProposals({
      documentId: document.id,
      campaignId: 'zhanaozen-2011',
      demands: [...proposals.demands.slice(0, 2), { text: 'La libération de tous', quote: 'La libération immédiate de tous ceux arrêtés à Zhanaozen' }],
      people: [],
    });
    expect(result.ok).toBeUndefined();
    expect(result.errors).toEqual({ 'demands.2.quote': ['import.errors.quoteNotInDocument'] });
    expect(await counts()).toEqual(before);
  });

  it('gives the statement and its demands addresses that name a protected person by their initials only', async () => {
    await database.db.case.update({ where: { slug: 'tamara-sergazieva' }, data: { identityProtected: true, slug: 'case-ts' } });
    const body = ['Nous exigeons :', '- la libération immédiate de Tamara Sergazieva ;', '- l’abandon des charges.'].join('\n');
    const { document, proposals } = await importStatement('Liberté pour Tamara Sergazieva', body, '2012-03-21');
    const result = await actions.acceptProposals({ documentId: document.id, campaignId: 'zhanaozen-2011', demands: proposals.demands, people: [] });
    const demands = await database.db.demand.findMany({ where: { id: { in: result.data?.demandIds } }, select: { slug: true } });
    const slugs = [document.slug, ...demands.map((demand) => demand.slug)];
    expect(slugs).toHaveLength(3);
    for (const slug of slugs) expect(slug).not.toMatch(/tamara|sergazieva/);
    expect(document.slug).toBe('liberte-pour-t-s');
  });

  it('is refused to reviewers', async () => {
    const { document, proposals } = await importStatement004();
    session.user = { ...organizer, role: 'REVIEWER' };
    const before = await counts();
    const result = await actions.acceptProposals({ documentId: document.id, campaignId: 'zhanaozen-2011', demands: proposals.demands, people: [] });
    expect(result.message).toBe('workspace.errors.forbidden');
    expect(await counts()).toEqual(before);
  });
});
