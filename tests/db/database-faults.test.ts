import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkspaceUser } from '@/lib/auth/session';
import { createSeededAppDatabase } from '../support/app-database';
import { caseInput } from '../support/case-input';
import { testServerUrl } from '../support/test-database';

// The organizer's and the public's actions run through their wrappers as in the app, on a database that stops
// accepting writes (read-only, or a disk that fills up in the middle of a transaction). Only the session, the
// request headers and the language (English) stand in for a request.
const session = vi.hoisted(() => ({ user: null as WorkspaceUser | null }));
vi.mock('@/lib/auth/session', () => ({
  checkAccess: async () => (session.user ? { status: 'allowed', user: session.user } : { status: 'signed-out' }),
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.7' }) }));
vi.mock('next-intl/server', () => import('../support/english-translations'));

const environment = { NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET, HUMAN_CHECK: process.env.HUMAN_CHECK };
let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let createCase: typeof import('@/lib/cases/actions').createCase;
let subscribe: typeof import('@/lib/subscriptions/actions').subscribe;
let messages: { workspace: Record<string, string>; subscriptions: Record<string, string> };

beforeAll(async () => {
  Object.assign(process.env, { NEXTAUTH_SECRET: 'database-faults-tests-secret-0123456789abcdef', HUMAN_CHECK: 'off' });
  database = await createSeededAppDatabase();
  const organizer = await database.db.user.create({ data: { email: 'organizer@example.org', role: 'ORGANIZER' } });
  session.user = { id: organizer.id, email: organizer.email, name: null, role: 'ORGANIZER' };
  ({ createCase } = await import('@/lib/cases/actions'));
  ({ subscribe } = await import('@/lib/subscriptions/actions'));
  const { loadMessages } = await import('@/lib/i18n/messages');
  const english = (await loadMessages('en')) as unknown as { workspace: { errors: Record<string, string> }; subscriptions: { errors: Record<string, string> } };
  messages = { workspace: english.workspace.errors, subscriptions: english.subscriptions.errors };
});
afterAll(async () => {
  await database?.drop();
  for (const [name, value] of Object.entries(environment)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const newCase = (slug: string) =>
  createCase({
    ...caseInput({ name: 'Dana Faultova', slug, language: 'en', summary: 'Detained in Almaty.', campaignId: 'january-2022' }),
    firstUpdate: { title: 'Detained', body: 'Detained yesterday.', language: 'en', occurredOn: '2022-01-10', occurredOnPrecision: 'DAY', status: 'DETAINED', releaseKind: '', sources: [] },
  });

const signUp = (email: string) => {
  const form = new FormData();
  for (const [name, value] of Object.entries({ email, locale: 'en', scope: 'everything', frequency: 'INSTANT' })) form.append(name, value);
  return subscribe(undefined, form);
};

/** Every row the two actions write: cases, updates, audit entries, subscribers, follows, queued jobs. */
async function writtenRows() {
  const [jobs] = await database.db.$queryRaw<[{ count: bigint }]>`SELECT count(*) FROM graphile_worker._private_jobs`;
  return {
    cases: await database.db.case.count(),
    updates: await database.db.update.count(),
    audit: await database.db.auditLog.count(),
    subscribers: await database.db.subscriber.count(),
    jobs: Number(jobs.count),
  };
}

/** PostgreSQL answers "disk full" to any insert into `table` from now on, as a full disk would in mid-transaction. */
async function diskFullOn(table: string) {
  await database.db.$executeRawUnsafe(`CREATE FUNCTION test_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$`);
  await database.db.$executeRawUnsafe(`CREATE TRIGGER disk_full BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION test_disk_full()`);
  return async () => {
    await database.db.$executeRawUnsafe(`DROP TRIGGER disk_full ON ${table}`);
    await database.db.$executeRawUnsafe(`DROP FUNCTION test_disk_full()`);
  };
}

/** Sets the database read-only (or back) and closes every session on it, so the app's pools reconnect under the new rule. */
async function setReadOnly(readOnly: boolean) {
  const name = new URL(database.url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: testServerUrl() });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE "${name}" SET default_transaction_read_only = ${readOnly ? 'on' : 'off'}`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    for (let tries = 0; tries < 100; tries += 1) {
      const { rows } = await admin.query<{ count: string }>('SELECT count(*) FROM pg_stat_activity WHERE datname = $1', [name]);
      if (rows[0]!.count === '0') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await admin.end();
  }
  // The pools learn of their closed connections from the sockets, on the next turns of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 200));
}

describe('when the disk fills up in the middle of saving', () => {
  it('an organizer creating a case is told nothing was changed, and the case, its update and their audit are all absent', async () => {
    const before = await writtenRows();
    const restore = await diskFullOn('"AuditLog"');
    try {
      const result = await newCase('disk-full-case');
      expect(result).toEqual({ message: messages.workspace.refusesWrites });
    } finally {
      await restore();
    }
    expect(await writtenRows()).toEqual(before);
    expect(await database.db.case.findUnique({ where: { slug: 'disk-full-case' } })).toBeNull();

    // With room again, the same form saves.
    expect((await newCase('disk-full-case')).ok).toBe(true);
  });

  it('a visitor subscribing is told nothing was changed, and no subscriber or confirmation email is left behind', async () => {
    const before = await writtenRows();
    const restore = await diskFullOn('graphile_worker._private_jobs');
    try {
      const result = await signUp('disk-full@example.org');
      expect(result.message).toBe(messages.subscriptions.refusesWrites);
    } finally {
      await restore();
    }
    expect(await writtenRows()).toEqual(before);
  });
});

describe('when the database is read-only', () => {
  it('both actions give the clear message, write nothing, and work again once it accepts writes', async () => {
    const before = await writtenRows();
    await setReadOnly(true);
    try {
      expect(await newCase('read-only-case')).toEqual({ message: messages.workspace.refusesWrites });
      expect((await signUp('read-only@example.org')).message).toBe(messages.subscriptions.refusesWrites);
    } finally {
      await setReadOnly(false);
    }
    expect(await writtenRows()).toEqual(before);

    expect((await newCase('read-only-case')).ok).toBe(true);
    expect((await signUp('read-only@example.org')).ok).toBe(true);
  });
});
