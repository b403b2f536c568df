import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkspaceUser } from '@/lib/auth/session';
import { createSeededAppDatabase } from '../support/app-database';
import { createEditingTeam } from '../support/editing-team';
import { session } from '../support/signed-in';

// As in campaigns-sources-editing.test.ts: the actions run through the workspace wrapper; only the session and the
// message lookup stand in for a request, and the cache records what it is told to render again.
vi.mock('@/lib/auth/session', () => import('../support/signed-in'));
vi.mock('next-intl/server', () => ({ getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}` }));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidatePath }));

let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let organizer: WorkspaceUser;
let colleague: WorkspaceUser;
let reviewer: WorkspaceUser;
let organisations: typeof import('@/lib/organisations/actions');

beforeAll(async () => {
  database = await createSeededAppDatabase();
  ({ organizer, colleague, reviewer } = await createEditingTeam(database.db));
  organisations = await import('@/lib/organisations/actions');
  await database.db.case.create({ data: { slug: 'case-dp', kind: 'PERSON', name: 'Dina Protegeeva', identityProtected: true, campaignId: 'zhanaozen-2011', status: 'DETAINED' } });
});
afterAll(async () => database?.drop());

const auditOf = (entityId: string, action: string) => database.db.auditLog.findMany({ where: { entityId, action }, orderBy: { at: 'asc' } });

const newOrganisation = (changes: object = {}) => ({
  name: 'Comité de soutien aux grévistes',
  slug: 'comite-de-soutien',
  aliases: 'CSG\n  Strike Support Committee  \n\nCSG',
  country: 'FR',
  ...changes,
});

async function createTestOrganisation(slug: string) {
  const row = await database.db.organisation.create({ data: { slug, name: 'Syndicat d’essai', aliases: ['SE'], country: 'KZ' }, select: { id: true } });
  return row.id;
}

const organisationRow = (id: string) => database.db.organisation.findUniqueOrThrow({ where: { id }, select: { slug: true, name: true, aliases: true, country: true, version: true } });
const organisationsWithSlug = (slug: string) => database.db.organisation.count({ where: { slug } });
const editFields = (id: string, version: number, changes: object = {}) => ({ id, version, name: 'Syndicat d’essai', slug: 'syndicat-essai', aliases: 'SE', country: 'KZ', ...changes });

describe('creating an organisation', () => {
  it('stores it with one alias per line, audits it, renders the public pages again and offers it to the statement import', async () => {
    session.user = organizer;
    revalidatePath.mockClear();
    const result = await organisations.createOrganisation(newOrganisation());
    expect(result.ok).toBe(true);
    const id = result.data!.id;
    const stored = { slug: 'comite-de-soutien', name: 'Comité de soutien aux grévistes', aliases: ['CSG', 'Strike Support Committee'], country: 'FR' };
    expect(await organisationRow(id)).toEqual({ ...stored, version: 1 });
    const [entry] = await auditOf(id, 'organisation.create');
    expect(entry).toMatchObject({ actorId: organizer.id, entityType: 'Organisation', before: null, after: stored });
    expect(revalidatePath).toHaveBeenCalledWith('/', 'layout');
    // The import page's choice of issuer.
    const { getCaseFormOptions } = await import('@/lib/cases/editor-queries');
    expect((await getCaseFormOptions()).organisations).toContainEqual({ value: id, label: 'Comité de soutien aux grévistes' });
  });

  it('stores no country when none is given, and refuses one that is not a two-letter code', async () => {
    session.user = organizer;
    const result = await organisations.createOrganisation(newOrganisation({ slug: 'sans-pays', country: '' }));
    expect(await organisationRow(result.data!.id)).toMatchObject({ country: null });
    expect((await organisations.createOrganisation(newOrganisation({ slug: 'pays-invalide', country: 'France' }))).errors?.country).toEqual(['invalid']);
    expect(await organisationsWithSlug('pays-invalide')).toBe(0);
  });

  it('refuses a slug another organisation has, beside the slug field, and writes nothing', async () => {
    session.user = organizer;
    const before = await database.db.auditLog.count();
    const result = await organisations.createOrganisation(newOrganisation({ slug: 'rsd', name: 'Doublon' }));
    expect(result).toEqual({ message: 'workspace.errors.invalid', errors: { slug: ['slugTaken'] } });
    expect(await database.db.organisation.count({ where: { name: 'Doublon' } })).toBe(0);
    expect(await database.db.auditLog.count()).toBe(before);
  });

  it('refuses a slug that spells a protected person’s name, beside the slug field', async () => {
    session.user = organizer;
    const result = await organisations.createOrganisation(newOrganisation({ slug: 'amis-de-protegeeva' }));
    expect(result).toEqual({ message: 'workspace.errors.invalid', errors: { slug: ['slugNamesProtectedPerson'] } });
    expect(await organisationsWithSlug('amis-de-protegeeva')).toBe(0);
  });

  it('refuses a name or an alias that spells a protected person’s name, beside its field, since the public sees it', async () => {
    session.user = organizer;
    const result = await organisations.createOrganisation(newOrganisation({ slug: 'comite-dina', name: 'Comité pour la libération de Dina', aliases: 'CLD\nFree Protegeeva' }));
    expect(result).toEqual({ message: 'workspace.errors.invalid', errors: { slug: ['slugNamesProtectedPerson'], name: ['namesProtectedPerson'], aliases: ['namesProtectedPerson'] } });
    expect(await organisationsWithSlug('comite-dina')).toBe(0);
    const id = await createTestOrganisation('organisation-renamed');
    expect((await organisations.updateOrganisation(editFields(id, 1, { slug: 'organisation-renamed', name: 'Amis de Protegeeva' }))).errors).toEqual({ name: ['namesProtectedPerson'] });
    expect(await organisationRow(id)).toMatchObject({ name: 'Syndicat d’essai', version: 1 });
  });

  it('refuses an empty name and one over 200 characters', async () => {
    session.user = organizer;
    expect((await organisations.createOrganisation(newOrganisation({ slug: 'sans-nom', name: ' ' }))).errors?.name).toHaveLength(1);
    expect((await organisations.createOrganisation(newOrganisation({ slug: 'nom-trop-long', name: 'x'.repeat(201) }))).errors?.name).toHaveLength(1);
    expect(await database.db.organisation.count({ where: { slug: { in: ['sans-nom', 'nom-trop-long'] } } })).toBe(0);
  });

  it('is refused to a reviewer, by the action itself', async () => {
    session.user = reviewer;
    expect(await organisations.createOrganisation(newOrganisation({ slug: 'organisation-relecteur' }))).toEqual({ message: 'workspace.errors.forbidden' });
    expect(await organisationsWithSlug('organisation-relecteur')).toBe(0);
  });
});

describe('editing an organisation', () => {
  it('saves every field, auditing what changed, and the public pages show the new name', async () => {
    const id = await createTestOrganisation('organisation-save');
    const document = await database.db.sourceDocument.create({
      data: { slug: 'declaration-organisation-save', title: 'Déclaration', body: 'Texte.', language: 'fr', issuedOn: new Date('2022-02-01'), issuedOnPrecision: 'DAY', issuers: { create: [{ organisationId: id, position: 0 }] } },
      select: { slug: true },
    });
    session.user = organizer;
    revalidatePath.mockClear();
    const result = await organisations.updateOrganisation(editFields(id, 1, { name: 'Syndicat renommé', slug: 'syndicat-renomme', aliases: 'SR\nSE', country: '' }));
    expect(result).toMatchObject({ ok: true, data: { saved: { id, version: 2 } } });
    expect(await organisationRow(id)).toEqual({ slug: 'syndicat-renomme', name: 'Syndicat renommé', aliases: ['SR', 'SE'], country: null, version: 2 });
    const [entry] = await auditOf(id, 'organisation.update');
    expect(entry).toMatchObject({
      actorId: organizer.id,
      entityType: 'Organisation',
      before: { slug: 'organisation-save', name: 'Syndicat d’essai', aliases: ['SE'], country: 'KZ' },
      after: { slug: 'syndicat-renomme', name: 'Syndicat renommé', aliases: ['SR', 'SE'], country: null },
    });
    expect(revalidatePath).toHaveBeenCalledWith('/', 'layout');
    const { getSourceBySlug } = await import('@/lib/sources/queries');
    expect((await getSourceBySlug(document.slug))?.issuers).toEqual(['Syndicat renommé']);
  });

  it('writes nothing over a colleague’s save and gives back their version', async () => {
    const id = await createTestOrganisation('organisation-conflict');
    session.user = colleague;
    expect((await organisations.updateOrganisation(editFields(id, 1, { slug: 'organisation-conflict', name: 'Leur nom' }))).ok).toBe(true);
    session.user = organizer;
    const stale = await organisations.updateOrganisation(editFields(id, 1, { slug: 'organisation-conflict', name: 'Mon nom', aliases: 'MN', country: 'BE' }));
    expect(stale.data && 'conflict' in stale.data && stale.data.conflict).toMatchObject({
      version: 2,
      theirs: { name: 'Leur nom', slug: 'organisation-conflict', aliases: 'SE', country: 'KZ' },
    });
    expect(await organisationRow(id)).toMatchObject({ name: 'Leur nom', aliases: ['SE'], country: 'KZ', version: 2 });
    expect(await auditOf(id, 'organisation.update')).toHaveLength(1);
  });

  it('refuses a slug another organisation has, beside the slug field, and writes nothing', async () => {
    const id = await createTestOrganisation('organisation-taken');
    session.user = organizer;
    expect(await organisations.updateOrganisation(editFields(id, 1, { slug: 'rsd' }))).toEqual({ message: 'workspace.errors.invalid', errors: { slug: ['slugTaken'] } });
    expect(await organisationRow(id)).toMatchObject({ slug: 'organisation-taken', version: 1 });
    expect(await auditOf(id, 'organisation.update')).toHaveLength(0);
  });

  it('refuses a slug that spells a protected person’s name, beside the slug field', async () => {
    const id = await createTestOrganisation('organisation-protected');
    session.user = organizer;
    expect(await organisations.updateOrganisation(editFields(id, 1, { slug: 'soutien-dina' }))).toEqual({ message: 'workspace.errors.invalid', errors: { slug: ['slugNamesProtectedPerson'] } });
    expect(await organisationRow(id)).toMatchObject({ slug: 'organisation-protected', version: 1 });
  });

  it('says so when the organisation no longer exists', async () => {
    session.user = organizer;
    expect(await organisations.updateOrganisation(editFields('no-such-organisation', 1))).toEqual({ message: 'records.organisations.missing' });
  });

  it('is refused to a reviewer, by the action itself', async () => {
    const id = await createTestOrganisation('organisation-reviewer');
    session.user = reviewer;
    expect(await organisations.updateOrganisation(editFields(id, 1, { name: 'Nom' }))).toEqual({ message: 'workspace.errors.forbidden' });
    expect(await organisationRow(id)).toMatchObject({ name: 'Syndicat d’essai', version: 1 });
  });
});
