import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let queries: typeof import('../../lib/audit/queries');
const previousUrl = process.env.DATABASE_URL;

let alice: { id: string; email: string };
let bob: { id: string; email: string };
let invitationId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  queries = await import('../../lib/audit/queries');
  const { db } = database;
  alice = await db.user.create({ data: { email: 'alice@example.org', role: 'ADMIN' }, select: { id: true, email: true } });
  bob = await db.user.create({ data: { email: 'bob@example.org', role: 'ORGANIZER' }, select: { id: true, email: true } });
  invitationId = (await db.invitation.create({ data: { email: 'carol@example.org', role: 'REVIEWER', expiresAt: new Date('2026-03-08T00:00:00Z') } })).id;
  const at = (iso: string) => new Date(iso);
  await db.auditLog.createMany({
    data: [
      { at: at('2026-03-01T10:00:00Z'), actorId: alice.id, action: 'invitation.create', entityType: 'Invitation', entityId: invitationId, after: { email: 'carol@example.org', role: 'REVIEWER' } },
      { at: at('2026-03-02T09:00:00Z'), actorId: alice.id, action: 'user.role', entityType: 'User', entityId: bob.id, before: { role: 'REVIEWER' }, after: { role: 'ORGANIZER' } },
      { at: at('2026-03-02T23:59:59Z'), actorId: bob.id, action: 'case.update', entityType: 'Case', entityId: 'case-1', before: { name: 'A', status: 'DETAINED', notes: 'same' }, after: { name: 'A', status: 'RELEASED', notes: 'same' } },
      { at: at('2026-03-03T00:00:00Z'), actorId: bob.id, action: 'case.create', entityType: 'Case', entityId: 'case-2', after: { name: 'B' } },
      { at: at('2026-03-04T12:00:00Z'), actorId: null, action: 'auth.signOut', entityType: 'User', entityId: null },
      { at: at('2026-03-05T12:00:00Z'), actorId: bob.id, action: 'casework.note', entityType: 'Note', entityId: 'note-1' },
    ],
  });
});
afterAll(async () => {
  const { db } = await import('../../lib/db');
  await db.$disconnect();
  await database?.drop();
  process.env.DATABASE_URL = previousUrl;
});

const list = async (params: Record<string, string | string[]>) => {
  const choices = await queries.listAuditFilterChoices();
  const { filters, cursor } = queries.parseAuditParams(params, { actorIds: choices.actors.map((actor) => actor.id), entityTypes: choices.entityTypes });
  return queries.listAuditEntries(filters, cursor);
};
const actions = async (params: Record<string, string | string[]>) => (await list(params)).entries.map((entry) => entry.action);

describe('the audit log', () => {
  it('lists entries newest first, naming who acted, the entity and only the keys that changed', async () => {
    const { entries, nextCursor } = await list({});
    expect(entries.map((entry) => entry.action)).toEqual(['casework.note', 'auth.signOut', 'case.create', 'case.update', 'user.role', 'invitation.create']);
    expect(nextCursor).toBeNull();
    const byAction = Object.fromEntries(entries.map((entry) => [entry.action, entry]));
    expect(byAction['auth.signOut']).toMatchObject({ actorEmail: null, entityLabel: null, changes: [] });
    expect(byAction['user.role']).toMatchObject({ actorEmail: 'alice@example.org', entityLabel: 'bob@example.org', changes: [{ key: 'role', before: 'REVIEWER', after: 'ORGANIZER' }] });
    expect(byAction['case.update']!.changes).toEqual([{ key: 'status', before: 'DETAINED', after: 'RELEASED' }]);
    expect(byAction['case.create']!.changes).toEqual([{ key: 'name', before: undefined, after: 'B' }]);
    expect(byAction['invitation.create']).toMatchObject({ entityLabel: 'carol@example.org' });
  });

  it('filters by action prefix, actor (or the system), entity and UTC days, all together', async () => {
    expect(await actions({ action: 'case.' })).toEqual(['case.create', 'case.update']);
    expect(await actions({ action: 'case' })).toEqual(['casework.note', 'case.create', 'case.update']);
    expect(await actions({ action: 'case%' })).toEqual([]);
    expect(await actions({ action: 'c_se.' })).toEqual([]);
    expect(await actions({ action: 'case\\' })).toEqual([]);
    expect(await actions({ actor: alice.id })).toEqual(['user.role', 'invitation.create']);
    expect(await actions({ actor: 'system' })).toEqual(['auth.signOut']);
    expect(await actions({ entityType: 'User' })).toEqual(['auth.signOut', 'user.role']);
    expect(await actions({ entityType: 'User', entityId: bob.id })).toEqual(['user.role']);
    expect(await actions({ from: '2026-03-02', to: '2026-03-02' })).toEqual(['case.update', 'user.role']);
    expect(await actions({ from: '2026-03-03' })).toEqual(['casework.note', 'auth.signOut', 'case.create']);
    expect(await actions({ actor: bob.id, action: 'case.', to: '2026-03-02' })).toEqual(['case.update']);
  });

  it('ignores what it cannot use instead of failing', async () => {
    const everything = await actions({});
    const unusable: Record<string, string | string[]>[] = [
      { actor: 'no-such-user' },
      { entityType: 'Spaceship' },
      { from: '2026-02-30' },
      { to: 'yesterday' },
      { action: 'x'.repeat(500) },
      { cursor: 'not-a-cursor' },
      { cursor: 'garbage~abc' },
      { action: ['', 'case.'] },
      { action: '   ' },
    ];
    for (const params of unusable) {
      expect(await actions(params), JSON.stringify(params).slice(0, 60)).toEqual(everything);
    }
  });

  it('pages by 50 through entries sharing the same instant, without gaps or repeats', async () => {
    const at = new Date('2026-04-01T00:00:00Z');
    await database.db.auditLog.createMany({
      data: Array.from({ length: 120 }, (_, index) => ({ at, actorId: bob.id, action: 'bulk.import', entityType: 'Case', entityId: `bulk-${index}` })),
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof list>> = await list({ action: 'bulk.', ...(cursor ? { cursor } : {}) });
      expect(page.entries.length).toBeLessThanOrEqual(queries.auditPageSize);
      seen.push(...page.entries.map((entry) => entry.entityId!));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
  });

  it('cannot be rewritten: the database refuses updates and deletes', async () => {
    const entry = await database.db.auditLog.findFirstOrThrow({ where: { action: 'user.role' } });
    await expect(database.db.auditLog.update({ where: { id: entry.id }, data: { action: 'user.nothing' } })).rejects.toThrow(/append-only/);
    await expect(database.db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
  });
});
