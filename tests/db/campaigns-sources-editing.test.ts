import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkspaceUser } from '@/lib/auth/session';
import { createSeededAppDatabase } from '../support/app-database';
import { createEditingTeam } from '../support/editing-team';
import { session } from '../support/signed-in';

// As in records-editing.test.ts: the actions run through the workspace wrapper; only the session and the message
// lookup stand in for a request.
vi.mock('@/lib/auth/session', () => import('../support/signed-in'));
vi.mock('next-intl/server', () => ({ getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}` }));

let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let organizer: WorkspaceUser;
let colleague: WorkspaceUser;
let reviewer: WorkspaceUser;
let campaigns: typeof import('@/lib/campaigns/actions');
let sources: typeof import('@/lib/sources/actions');
let organisationIds: string[];

beforeAll(async () => {
  database = await createSeededAppDatabase();
  ({ organizer, colleague, reviewer } = await createEditingTeam(database.db));
  campaigns = await import('@/lib/campaigns/actions');
  sources = await import('@/lib/sources/actions');
  organisationIds = (await database.db.organisation.findMany({ orderBy: { name: 'asc' }, take: 2, select: { id: true } })).map((row) => row.id);
});
afterAll(async () => database?.drop());

const auditOf = (entityId: string, action: string) => database.db.auditLog.findMany({ where: { entityId, action }, orderBy: { at: 'asc' } });

async function createTestCampaign(slug: string) {
  const row = await database.db.campaign.create({ data: { slug, title: 'Campagne d’essai', summary: 'Résumé.', position: 50 }, select: { id: true } });
  return row.id;
}

const campaignRow = (id: string) => database.db.campaign.findUniqueOrThrow({ where: { id }, select: { title: true, summary: true, position: true, version: true } });

const newCampaign = (changes: object = {}) => ({ slug: 'janvier-2022-grevistes', title: 'Grévistes de janvier 2022', summary: 'Les grévistes poursuivis.', language: 'fr', position: 7, ...changes });
const campaignsWithSlug = (slug: string) => database.db.campaign.count({ where: { slug } });

describe('creating a campaign', () => {
  it('creates it as typed, audits it and lists it on the public pages', async () => {
    session.user = organizer;
    const result = await campaigns.createCampaign(newCampaign());
    expect(result.ok).toBe(true);
    const id = result.data!.id;
    expect(await database.db.campaign.findUniqueOrThrow({ where: { id }, select: { slug: true, title: true, summary: true, language: true, position: true, version: true } })).toEqual({
      ...newCampaign(),
      version: 1,
    });
    const [entry] = await auditOf(id, 'campaign.create');
    expect(entry).toMatchObject({ actorId: organizer.id, entityType: 'Campaign', before: null, after: newCampaign() });
    const { listCampaigns } = await import('@/lib/campaigns/queries');
    const listed = (await listCampaigns('en')).find((campaign) => campaign.slug === 'janvier-2022-grevistes');
    expect(listed).toMatchObject({ caseCount: 0, title: { text: 'Grévistes de janvier 2022', lang: 'fr' }, summary: { text: 'Les grévistes poursuivis.', lang: 'fr' } });
  });

  it('refuses a slug that spells a protected person’s name, beside the slug field', async () => {
    await database.db.case.create({ data: { slug: 'case-ap', kind: 'PERSON', name: 'Aruzhan Protegeeva', identityProtected: true, campaignId: 'zhanaozen-2011', status: 'DETAINED' } });
    session.user = organizer;
    const result = await campaigns.createCampaign(newCampaign({ slug: 'justice-pour-aruzhan', title: 'Justice' }));
    expect(result).toEqual({ message: 'workspace.errors.invalid', errors: { slug: ['slugNamesProtectedPerson'] } });
    expect(await campaignsWithSlug('justice-pour-aruzhan')).toBe(0);
  });

  it('refuses a slug another campaign has, beside the slug field, and writes nothing', async () => {
    session.user = organizer;
    const before = await database.db.auditLog.count();
    const result = await campaigns.createCampaign(newCampaign({ slug: 'zhanaozen-2011', title: 'Doublon' }));
    expect(result).toEqual({ message: 'workspace.errors.invalid', errors: { slug: ['slugTaken'] } });
    expect(await campaignsWithSlug('zhanaozen-2011')).toBe(1);
    expect(await database.db.campaign.count({ where: { title: 'Doublon' } })).toBe(0);
    expect(await database.db.auditLog.count()).toBe(before);
  });

  it('refuses an address that is not lower-case words joined by "-", and an empty title', async () => {
    session.user = organizer;
    const result = await campaigns.createCampaign(newCampaign({ slug: 'Janvier 2022', title: ' ' }));
    expect(result.errors?.slug).toEqual(['slugFormat']);
    expect(result.errors?.title).toHaveLength(1);
    expect(await campaignsWithSlug('Janvier 2022')).toBe(0);
  });

  it('is refused to a reviewer, by the action itself', async () => {
    session.user = reviewer;
    expect(await campaigns.createCampaign(newCampaign({ slug: 'campagne-relecteur' }))).toEqual({ message: 'workspace.errors.forbidden' });
    expect(await campaignsWithSlug('campagne-relecteur')).toBe(0);
  });
});

describe('editing a campaign', () => {
  it('saves title, summary and position, auditing what changed', async () => {
    const id = await createTestCampaign('campaign-save');
    session.user = organizer;
    const result = await campaigns.updateCampaign({ id, version: 1, title: 'Nouveau titre', summary: 'Résumé.', position: 3 });
    expect(result).toMatchObject({ ok: true, data: { saved: { id, version: 2 } } });
    expect(await campaignRow(id)).toEqual({ title: 'Nouveau titre', summary: 'Résumé.', position: 3, version: 2 });
    const [entry] = await auditOf(id, 'campaign.update');
    expect(entry).toMatchObject({ actorId: organizer.id, entityType: 'Campaign', before: { title: 'Campagne d’essai', position: 50 }, after: { title: 'Nouveau titre', position: 3 } });
  });

  it('writes nothing over a colleague’s save and gives back their version', async () => {
    const id = await createTestCampaign('campaign-conflict');
    session.user = colleague;
    expect((await campaigns.updateCampaign({ id, version: 1, title: 'Leur titre', summary: 'Résumé.', position: 50 })).ok).toBe(true);
    session.user = organizer;
    const stale = await campaigns.updateCampaign({ id, version: 1, title: 'Mon titre', summary: 'Mon résumé.', position: 1 });
    expect(stale.data && 'conflict' in stale.data && stale.data.conflict).toMatchObject({ version: 2, theirs: { title: 'Leur titre', summary: 'Résumé.', position: 50 } });
    expect(await campaignRow(id)).toEqual({ title: 'Leur titre', summary: 'Résumé.', position: 50, version: 2 });
    expect(await auditOf(id, 'campaign.update')).toHaveLength(1);
  });

  it('is refused to a reviewer, by the action itself', async () => {
    const id = await createTestCampaign('campaign-reviewer');
    session.user = reviewer;
    expect(await campaigns.updateCampaign({ id, version: 1, title: 'Titre', summary: 'Résumé.', position: 1 })).toEqual({ message: 'workspace.errors.forbidden' });
    expect(await campaignRow(id)).toMatchObject({ title: 'Campagne d’essai', version: 1 });
  });
});

const body = 'Déclaration du comité.\nNous exigeons la libération de tous les prisonniers.';

async function createTestSource(slug: string, { quoted }: { quoted: boolean }) {
  const row = await database.db.sourceDocument.create({
    data: {
      slug,
      title: 'Déclaration',
      language: 'fr',
      issuedOn: new Date('2022-02-01T00:00:00Z'),
      issuedOnPrecision: 'DAY',
      body,
      issuers: { create: [{ organisationId: organisationIds[0]!, position: 0 }] },
      ...(quoted ? { quotes: { create: [{ text: 'Nous exigeons la libération de tous les prisonniers.' }] } } : {}),
    },
    select: { id: true },
  });
  return row.id;
}

const sourceFields = (changes: object = {}) => ({
  title: 'Déclaration',
  summary: '',
  issuerIds: [organisationIds[0]],
  issuedOn: '2022-02-01',
  issuedOnPrecision: 'DAY',
  body,
  ...changes,
});

const sourceRow = (id: string) =>
  database.db.sourceDocument.findUniqueOrThrow({
    where: { id },
    select: { title: true, summary: true, body: true, version: true, issuers: { orderBy: { position: 'asc' }, select: { organisationId: true } } },
  });

describe('editing a source document', () => {
  it('saves title, summary and issuers in the chosen order, auditing what changed', async () => {
    const id = await createTestSource('source-save', { quoted: true });
    session.user = organizer;
    const issuerIds = [organisationIds[1], organisationIds[0]];
    const result = await sources.updateSource({ id, version: 1, ...sourceFields({ title: 'Déclaration commune', summary: 'Appel.', issuerIds }) });
    expect(result).toMatchObject({ ok: true, data: { saved: { id, version: 2 } } });
    const row = await sourceRow(id);
    expect(row).toMatchObject({ title: 'Déclaration commune', summary: 'Appel.', body, version: 2 });
    expect(row.issuers.map((issuer) => issuer.organisationId)).toEqual(issuerIds);
    const [entry] = await auditOf(id, 'source.update');
    expect(entry).toMatchObject({ actorId: organizer.id, entityType: 'SourceDocument', before: { title: 'Déclaration', summary: null }, after: { title: 'Déclaration commune', summary: 'Appel.', issuerIds } });
  });

  it('keeps the body of a document a quote cites, writing nothing', async () => {
    const id = await createTestSource('source-quoted', { quoted: true });
    session.user = organizer;
    const result = await sources.updateSource({ id, version: 1, ...sourceFields({ title: 'Autre titre', body: 'Nous demandons un dialogue.' }) });
    expect(result).toEqual({ message: 'records.sourceForm.bodyLocked' });
    expect(await sourceRow(id)).toMatchObject({ title: 'Déclaration', body, version: 1 });
    expect(await auditOf(id, 'source.update')).toHaveLength(0);
  });

  it('saves a quoted document whose text comes back from the text box with other line breaks, keeping it as stored', async () => {
    const id = await createTestSource('source-line-breaks', { quoted: true });
    const stored = body.replace('\n', '\r\n');
    await database.db.sourceDocument.update({ where: { id }, data: { body: stored } });
    session.user = organizer;
    expect((await sources.updateSource({ id, version: 1, ...sourceFields({ title: 'Titre corrigé' }) })).ok).toBe(true);
    expect(await sourceRow(id)).toMatchObject({ title: 'Titre corrigé', body: stored, version: 2 });
  });

  it('lets the body of a document no quote cites yet be corrected', async () => {
    const id = await createTestSource('source-unquoted', { quoted: false });
    session.user = organizer;
    expect((await sources.updateSource({ id, version: 1, ...sourceFields({ body: 'Texte corrigé.' }) })).ok).toBe(true);
    expect(await sourceRow(id)).toMatchObject({ body: 'Texte corrigé.', version: 2 });
  });

  it('writes nothing over a colleague’s save and gives back their version', async () => {
    const id = await createTestSource('source-conflict', { quoted: true });
    session.user = colleague;
    expect((await sources.updateSource({ id, version: 1, ...sourceFields({ title: 'Leur titre' }) })).ok).toBe(true);
    session.user = organizer;
    const stale = await sources.updateSource({ id, version: 1, ...sourceFields({ title: 'Mon titre', issuerIds: organisationIds }) });
    expect(stale.data && 'conflict' in stale.data && stale.data.conflict).toMatchObject({ version: 2, theirs: { title: 'Leur titre', issuerIds: [organisationIds[0]] } });
    expect(await sourceRow(id)).toMatchObject({ title: 'Leur titre', version: 2, issuers: [{ organisationId: organisationIds[0] }] });
    expect(await auditOf(id, 'source.update')).toHaveLength(1);
  });

  it('refuses an unknown issuer beside its field', async () => {
    const id = await createTestSource('source-unknown-issuer', { quoted: false });
    session.user = organizer;
    expect(await sources.updateSource({ id, version: 1, ...sourceFields({ issuerIds: ['no-such-organisation'] }) })).toMatchObject({ errors: { issuerIds: ['choice'] } });
    expect(await sourceRow(id)).toMatchObject({ version: 1 });
  });

  it('is refused to a reviewer, by the action itself', async () => {
    const id = await createTestSource('source-reviewer', { quoted: false });
    session.user = reviewer;
    expect(await sources.updateSource({ id, version: 1, ...sourceFields({ title: 'Titre' }) })).toEqual({ message: 'workspace.errors.forbidden' });
    expect(await sourceRow(id)).toMatchObject({ title: 'Déclaration', version: 1 });
  });
});

describe('publishing or withholding a reviewed statement', () => {
  const stateOf = async (id: string) => (await database.db.sourceDocument.findUniqueOrThrow({ where: { id }, select: { state: true } })).state;
  const publicPageOf = async (slug: string) => (await import('@/lib/sources/queries')).getSourceBySlug(slug);

  it('withholds a public statement from every public read and publishes it again, auditing each change', async () => {
    const id = await createTestSource('source-visibility', { quoted: true });
    expect(await publicPageOf('source-visibility')).not.toBeNull();
    session.user = organizer;
    expect(await sources.setSourceVisibility({ id, state: 'WITHHELD' })).toMatchObject({ ok: true });
    expect(await stateOf(id)).toBe('WITHHELD');
    expect(await publicPageOf('source-visibility')).toBeNull();

    session.user = colleague;
    expect(await sources.setSourceVisibility({ id, state: 'PUBLIC' })).toMatchObject({ ok: true });
    expect(await stateOf(id)).toBe('PUBLIC');
    expect(await publicPageOf('source-visibility')).toMatchObject({ title: 'Déclaration' });
    expect(await auditOf(id, 'source.withhold')).toMatchObject([{ actorId: organizer.id, before: { state: 'PUBLIC' }, after: { state: 'WITHHELD' } }]);
    expect(await auditOf(id, 'source.publish')).toMatchObject([{ actorId: colleague.id, before: { state: 'WITHHELD' }, after: { state: 'PUBLIC' } }]);
  });

  it('tells the second of two organizers withholding at once that it is done already, and changes nothing twice', async () => {
    const id = await createTestSource('source-visibility-twice', { quoted: false });
    session.user = organizer;
    const [first, second] = await Promise.all([sources.setSourceVisibility({ id, state: 'WITHHELD' }), sources.setSourceVisibility({ id, state: 'WITHHELD' })]);
    expect([first, second].filter((result) => result.ok)).toHaveLength(1);
    expect([first, second].find((result) => !result.ok)).toEqual({ message: 'records.sources.visibilityChanged' });
    expect(await auditOf(id, 'source.withhold')).toHaveLength(1);
  });

  it('leaves a statement in review to its review, and refuses an unknown one', async () => {
    const id = await createTestSource('source-visibility-review', { quoted: false });
    await database.db.sourceDocument.update({ where: { id }, data: { state: 'IN_REVIEW' } });
    session.user = organizer;
    expect(await sources.setSourceVisibility({ id, state: 'PUBLIC' })).toEqual({ message: 'records.sources.reviewFirst' });
    expect(await stateOf(id)).toBe('IN_REVIEW');
    expect(await sources.setSourceVisibility({ id: 'no-such-source', state: 'PUBLIC' })).toEqual({ message: 'records.sources.missing' });
  });

  it('is refused to a reviewer, by the action itself', async () => {
    const id = await createTestSource('source-visibility-reviewer', { quoted: false });
    session.user = reviewer;
    expect(await sources.setSourceVisibility({ id, state: 'WITHHELD' })).toEqual({ message: 'workspace.errors.forbidden' });
    expect(await stateOf(id)).toBe('PUBLIC');
    expect(await auditOf(id, 'source.withhold')).toHaveLength(0);
  });
});
