import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkspaceUser } from '@/lib/auth/session';
import { createSeededAppDatabase } from '../support/app-database';
import { createEditingTeam } from '../support/editing-team';
import { session } from '../support/signed-in';

// As in editing.test.ts: the actions run through the workspace wrapper; only the session and the message lookup
// stand in for a request.
vi.mock('@/lib/auth/session', () => import('../support/signed-in'));
vi.mock('next-intl/server', () => ({ getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}` }));

let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let organizer: WorkspaceUser;
let colleague: WorkspaceUser;
let reviewer: WorkspaceUser;
let demands: typeof import('@/lib/demands/actions');
let events: typeof import('@/lib/events/actions');
let issuerId: string;
let caseIds: string[];

beforeAll(async () => {
  database = await createSeededAppDatabase();
  ({ organizer, colleague, reviewer } = await createEditingTeam(database.db));
  demands = await import('@/lib/demands/actions');
  events = await import('@/lib/events/actions');
  issuerId = (await database.db.organisation.findFirstOrThrow({ select: { id: true } })).id;
  caseIds = (await database.db.case.findMany({ orderBy: { slug: 'asc' }, take: 2, select: { id: true } })).map((row) => row.id);
});
afterAll(async () => database?.drop());

const demandFields = (slug: string, changes: object = {}) => ({
  slug,
  text: 'Libération immédiate de tous les travailleurs emprisonnés.',
  language: 'fr',
  kind: 'DEMAND',
  status: 'PENDING',
  progressNote: '',
  campaignId: 'january-2022',
  issuedById: issuerId,
  issuedOn: '2022-02-01',
  issuedOnPrecision: 'DAY',
  caseIds: [caseIds[0]],
  ...changes,
});

async function createTestDemand(slug: string) {
  session.user = organizer;
  const result = await demands.createDemand(demandFields(slug));
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.data!.id;
}

const demandRow = (id: string) =>
  database.db.demand.findUniqueOrThrow({ where: { id }, select: { status: true, progressNote: true, version: true, cases: { select: { caseId: true } } } });
const auditOf = (entityId: string, action: string) => database.db.auditLog.findMany({ where: { entityId, action }, orderBy: { at: 'asc' } });

describe('editing a demand', () => {
  it('creates the demand with its linked cases and an audit entry', async () => {
    const id = await createTestDemand('new-demand');
    expect(await demandRow(id)).toMatchObject({ status: 'PENDING', version: 1, cases: [{ caseId: caseIds[0] }] });
    const [entry] = await auditOf(id, 'demand.create');
    expect(entry).toMatchObject({ actorId: organizer.id, after: { slug: 'new-demand', status: 'PENDING', caseIds: [caseIds[0]] } });
  });

  it('saves status, progress note and linked cases, auditing what changed', async () => {
    const id = await createTestDemand('status-change');
    const result = await demands.updateDemand({ id, version: 1, ...demandFields('status-change', { status: 'PARTLY_MET', progressNote: 'Deux libérés.', caseIds }) });
    expect(result).toMatchObject({ ok: true, data: { saved: { id, version: 2 } } });
    const row = await demandRow(id);
    expect(row).toMatchObject({ status: 'PARTLY_MET', progressNote: 'Deux libérés.', version: 2 });
    expect(row.cases.map((link) => link.caseId).sort()).toEqual([...caseIds].sort());
    const [entry] = await auditOf(id, 'demand.update');
    expect(entry).toMatchObject({ actorId: organizer.id, before: { status: 'PENDING', progressNote: null }, after: { status: 'PARTLY_MET', progressNote: 'Deux libérés.' } });
    expect(Object.keys(entry!.after as object).sort()).toEqual(['caseIds', 'progressNote', 'status']);
  });

  it('writes nothing over a colleague’s save and gives back their version', async () => {
    const id = await createTestDemand('conflict');
    session.user = colleague;
    expect((await demands.updateDemand({ id, version: 1, ...demandFields('conflict', { status: 'MET' }) })).ok).toBe(true);
    session.user = organizer;
    const stale = await demands.updateDemand({ id, version: 1, ...demandFields('conflict', { status: 'REJECTED', progressNote: 'Refusé.' }) });
    expect(stale.data && 'conflict' in stale.data && stale.data.conflict).toMatchObject({ version: 2, theirs: { status: 'MET', progressNote: '' } });
    expect(await demandRow(id)).toMatchObject({ status: 'MET', progressNote: null, version: 2 });
    expect(await auditOf(id, 'demand.update')).toHaveLength(1);
  });

  it('refuses a taken address and unknown cases beside their fields', async () => {
    await createTestDemand('taken');
    const result = await demands.createDemand(demandFields('taken', { caseIds: ['no-such-case'] }));
    expect(result).toMatchObject({ errors: { slug: ['slugTaken'], caseIds: ['choice'] } });
  });

  it('refuses an address that spells a protected person’s name, for demands and actions alike, and writes nothing', async () => {
    await database.db.case.create({ data: { slug: 'case-zp', kind: 'PERSON', name: 'Zarina Protegeeva', identityProtected: true, campaignId: 'zhanaozen-2011', status: 'DETAINED', aliases: { create: [{ alias: 'Зарина Протегеева' }] } } });
    session.user = organizer;
    expect(await demands.createDemand(demandFields('liberation-de-zarina-protegeeva'))).toMatchObject({ errors: { slug: ['slugNamesProtectedPerson'] } });
    expect(await events.createEvent(eventFields('piquet-pour-protegeeva'))).toMatchObject({ errors: { slug: ['slugNamesProtectedPerson'] } });
    expect(await database.db.demand.count({ where: { slug: 'liberation-de-zarina-protegeeva' } })).toBe(0);
    expect(await database.db.actionEvent.count({ where: { slug: 'piquet-pour-protegeeva' } })).toBe(0);
  });

  it('is refused to a reviewer, by the action itself', async () => {
    const id = await createTestDemand('reviewer-refused');
    session.user = reviewer;
    const result = await demands.updateDemand({ id, version: 1, ...demandFields('reviewer-refused', { status: 'MET' }) });
    expect(result).toEqual({ message: 'workspace.errors.forbidden' });
    expect(await demandRow(id)).toMatchObject({ status: 'PENDING', version: 1 });
    expect(await demands.createDemand(demandFields('by-reviewer'))).toEqual({ message: 'workspace.errors.forbidden' });
  });
});

const eventFields = (slug: string, changes: object = {}) => ({
  slug,
  title: 'Piquet devant l’ambassade',
  kind: 'PICKET',
  description: '',
  language: 'fr',
  startsAt: '2031-03-10T18:30',
  endsAt: '2031-03-10T20:00',
  timeZone: 'Asia/Almaty',
  allDay: false,
  datePrecision: 'DAY',
  city: 'Almaty',
  country: 'KZ',
  venue: '',
  onlineUrl: '',
  organiserId: '',
  campaignId: 'january-2022',
  caseIds: [caseIds[0]],
  demandIds: [],
  cancelled: false,
  ...changes,
});

async function createTestEvent(slug: string, changes: object = {}) {
  session.user = organizer;
  const result = await events.createEvent(eventFields(slug, changes));
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.data!.id;
}

const eventRow = (id: string) => database.db.actionEvent.findUniqueOrThrow({ where: { id }, select: { startsAt: true, endsAt: true, title: true, cancelled: true, version: true } });

describe('editing an action event', () => {
  it('stores the local times of its zone as the right instants (Almaty is UTC+5)', async () => {
    const id = await createTestEvent('almaty-picket');
    const row = await eventRow(id);
    expect(row.startsAt.toISOString()).toBe('2031-03-10T13:30:00.000Z');
    expect(row.endsAt?.toISOString()).toBe('2031-03-10T15:00:00.000Z');
    const [entry] = await auditOf(id, 'event.create');
    expect(entry).toMatchObject({ actorId: organizer.id, after: { slug: 'almaty-picket', timeZone: 'Asia/Almaty', startsAt: '2031-03-10T13:30:00.000Z' } });
  });

  it('accepts only https online links, and an end after the start', async () => {
    session.user = organizer;
    const insecure = await events.createEvent(eventFields('insecure-link', { onlineUrl: 'http://example.org/meet' }));
    expect(insecure.errors).toMatchObject({ onlineUrl: ['url'] });
    const script = await events.createEvent(eventFields('script-link', { onlineUrl: 'javascript:alert(1)' }));
    expect(script.errors).toMatchObject({ onlineUrl: ['url'] });
    const backwards = await events.createEvent(eventFields('backwards', { endsAt: '2031-03-10T17:00' }));
    expect(backwards.errors).toMatchObject({ endsAt: ['invalid'] });
    expect(await database.db.actionEvent.count({ where: { slug: { in: ['insecure-link', 'script-link', 'backwards'] } } })).toBe(0);
    const id = await createTestEvent('secure-link', { onlineUrl: 'https://example.org/meet' });
    expect(await database.db.actionEvent.findUniqueOrThrow({ where: { id }, select: { onlineUrl: true } })).toEqual({ onlineUrl: 'https://example.org/meet' });
  });

  it('writes nothing over a colleague’s save, and audits the one save made', async () => {
    const id = await createTestEvent('event-conflict');
    session.user = colleague;
    expect((await events.updateEvent({ id, version: 1, ...eventFields('event-conflict', { cancelled: true }) })).ok).toBe(true);
    session.user = organizer;
    const stale = await events.updateEvent({ id, version: 1, ...eventFields('event-conflict', { title: 'Autre titre' }) });
    expect(stale.data && 'conflict' in stale.data && stale.data.conflict).toMatchObject({ version: 2, theirs: { cancelled: true, startsAt: '2031-03-10T18:30' } });
    expect(await eventRow(id)).toMatchObject({ title: 'Piquet devant l’ambassade', cancelled: true, version: 2 });
    const entries = await auditOf(id, 'event.update');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: colleague.id, before: { cancelled: false }, after: { cancelled: true } });
  });

  it('is refused to a reviewer, by the action itself', async () => {
    const id = await createTestEvent('event-reviewer');
    session.user = reviewer;
    expect(await events.updateEvent({ id, version: 1, ...eventFields('event-reviewer', { cancelled: true }) })).toEqual({ message: 'workspace.errors.forbidden' });
    expect(await eventRow(id)).toMatchObject({ cancelled: false, version: 1 });
  });
});
