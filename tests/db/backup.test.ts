import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../scripts/lib/backup';
import { projectRoot } from '../../scripts/lib/migrations';
import { applySeed } from '../../seeds/apply';
import { createTestDatabase } from '../support/test-database';

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;
const folder = mkdtempSync(path.join(tmpdir(), 'kz-tracker-backups-'));
const databases: TestDatabase[] = [];
let source: TestDatabase;
let backupFile: string;
let original: Record<string, string>;

/** `npm run db:backup` / `db:restore` as a person runs them, on DATABASE_URL. */
function run(command: 'backup' | 'restore', databaseUrl: string, ...args: string[]) {
  const result = spawnSync(path.join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/backup.ts', command, ...args], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

/**
 * Every row of every table of the app and of the job queue, and every sequence, as one checksum per relation:
 * two databases with the same fingerprint hold the same data.
 */
async function fingerprint(database: TestDatabase): Promise<Record<string, string>> {
  const rows = await database.db.$queryRaw<{ relation: string; checksum: string }[]>`
    SELECT n.nspname || '.' || c.relname AS relation,
      (xpath('/row/c/text()', query_to_xml(CASE c.relkind
        WHEN 'S' THEN format('SELECT last_value || '':'' || is_called AS c FROM %I.%I', n.nspname, c.relname)
        ELSE format('SELECT count(*) || '':'' || coalesce(md5(string_agg(t::text, ''|'' ORDER BY t::text)), '''') AS c FROM %I.%I t', n.nspname, c.relname)
      END, false, true, '')))[1]::text AS checksum
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname IN ('public', 'graphile_worker') AND c.relkind IN ('r', 'S')`;
  return Object.fromEntries(rows.map((row) => [row.relation, row.checksum]));
}

async function newDatabase(options?: { migrate: boolean }) {
  const database = await createTestDatabase(options);
  databases.push(database);
  return database;
}

beforeAll(async () => {
  source = await newDatabase();
  await applySeed(source.db);
  // Values that a careless dump mangles: quotes, backslashes, line breaks, scripts, emoji, JSON, milliseconds.
  await source.db.case.update({
    where: { slug: 'vadim-kuramshin' },
    data: { summary: 'Line one\nline "two" \\ tab\tend — Вадим Курамшин 🕊️', aliases: { create: { alias: "O'Brien \"Vadim\"" } } },
  });
  await source.db.auditLog.create({ data: { action: 'case.update', entityType: 'Case', at: new Date('2026-01-02T03:04:05.678Z'), before: { name: 'é', list: [1, 2.5, null] }, after: { nested: { ok: true } } } });
  await source.db.subscriber.create({ data: { email: 'follower@example.org', locale: 'ru', state: 'CONFIRMED', confirmedAt: new Date() } });
  await source.db.$executeRaw`SELECT graphile_worker.add_job('send_subscription_email', json_build_object('subscriberId', 'привет'), job_key => 'backup-test')`;
  await source.db.$executeRaw`SELECT nextval('"Delivery_id_seq"') FROM generate_series(1, 3)`;
  original = await fingerprint(source);

  backupFile = path.join(folder, 'nightly.ndjson.gz');
  const backup = run('backup', source.url, backupFile);
  expect(backup.output).toMatch(/wrote \d+ rows of \d+ tables/);
  expect(backup.code).toBe(0);
});
afterAll(async () => {
  for (const database of databases) await database.drop();
  rmSync(folder, { recursive: true, force: true });
});

describe('a backup restored', () => {
  it('puts back exactly the data it holds, job queue, sequences and migration history included, over changed data', async () => {
    await source.db.citation.deleteMany({});
    await source.db.case.updateMany({ data: { name: 'Changed' } });
    await source.db.subscriber.create({ data: { email: 'later@example.org', locale: 'en' } });
    await source.db.$executeRaw`SELECT graphile_worker.add_job('send_subscription_email', '{}'::json)`;
    await source.db.$executeRaw`SELECT nextval('"Delivery_id_seq"')`;
    await source.db.$executeRaw`UPDATE _prisma_migrations SET logs = 'changed'`;
    expect(await fingerprint(source)).not.toEqual(original);

    // A reader of the running app sees the data before or after, never a mix nor empty tables.
    const cases = await source.db.case.count();
    const reader = new pg.Client({ connectionString: source.url });
    await reader.connect();
    const seen = new Set<string>();
    let restoring = true;
    const reading = (async () => {
      while (restoring) {
        try {
          const { rows } = await reader.query(`SELECT (SELECT count(*) FROM "Citation") AS citations, (SELECT count(*) FROM "Case" WHERE name = 'Changed') AS changed`);
          seen.add(`${rows[0].citations} citations, ${rows[0].changed} changed cases`);
        } catch (error) {
          // PostgreSQL may end a read that locks the tables in another order than the restore (deadlock): that
          // read sees nothing, which is not a mix either.
          if ((error as { code?: string }).code !== '40P01') throw error;
        }
      }
    })();
    await restoreBackup(source.url, backupFile);
    restoring = false;
    await reading;
    await reader.end();
    const citations = await source.db.citation.count();
    expect([...seen].sort()).toEqual([`0 citations, ${cases} changed cases`, `${citations} citations, 0 changed cases`].sort());

    expect(await fingerprint(source)).toEqual(original);
  });

  it('tries again, and finishes, when PostgreSQL ends it to undo a deadlock with a reader of the app', async () => {
    const target = await newDatabase();
    const reader = new pg.Client({ connectionString: target.url });
    await reader.connect();
    try {
      // The reader holds one table; the restore, taking them all, waits for it while holding others.
      await reader.query('BEGIN');
      await reader.query('SELECT 1 FROM "Citation" LIMIT 1');
      const restoring = restoreBackup(target.url, backupFile);
      const heldByRestore = async () => {
        const { rows } = await reader.query<{ relation: string }>(`
          SELECT held.relation::regclass::text AS relation FROM pg_locks waiting
          JOIN pg_locks held ON held.pid = waiting.pid AND held.granted AND held.mode = 'AccessExclusiveLock' AND held.locktype = 'relation'
          JOIN pg_class c ON c.oid = held.relation JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' AND c.relkind = 'r'
          WHERE NOT waiting.granted AND waiting.relation = '"Citation"'::regclass LIMIT 1`);
        return rows[0]?.relation;
      };
      let other: string | undefined;
      for (let tries = 0; !other && tries < 600; tries++) {
        other = await heldByRestore();
        if (!other) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(other).toBeDefined();
      // The reader now asks for one of those: a deadlock, which the restore (waiting longer) is the one to undo.
      await reader.query(`SELECT 1 FROM ${other} LIMIT 1`);
      await reader.query('COMMIT');
      await expect(restoring).resolves.toMatchObject({ rows: expect.any(Number) });
      expect(await fingerprint(target)).toEqual(original);
    } finally {
      await reader.end();
    }
  });

  it('into an empty database, migrates it to the backup’s schema first and gives the same data', async () => {
    const empty = await newDatabase({ migrate: false });
    const { rows } = await restoreBackup(empty.url, backupFile);
    expect(rows).toBeGreaterThan(300);
    expect(await fingerprint(empty)).toEqual(original);
  });
});

describe('a restore that cannot finish', () => {
  it('changes nothing when a row fails half-way through the data', async () => {
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').split('\n');
    // A quote whose source document does not exist: its table comes after dozens of restored ones.
    const quote = lines.findIndex((line, index) => index > 0 && lines[index - 1]!.startsWith('{"table":["public","Quote"]'));
    lines[quote] = lines[quote]!.replace(/"documentId":"[^"]+"/, '"documentId":"missing-document"');
    const broken = path.join(folder, 'broken.ndjson.gz');
    writeFileSync(broken, gzipSync(lines.join('\n')));

    await source.db.subscriber.create({ data: { email: 'kept@example.org', locale: 'fr' } });
    const before = await fingerprint(source);
    await expect(restoreBackup(source.url, broken)).rejects.toThrow(/nothing was restored and the database is as it was/);
    expect(await fingerprint(source)).toEqual(before);
  });

  it('changes nothing when the file is cut short', async () => {
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').split('\n');
    const cut = path.join(folder, 'cut.ndjson.gz');
    writeFileSync(cut, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    const before = await fingerprint(source);
    await expect(restoreBackup(source.url, cut)).rejects.toThrow(/cut short/);
    expect(await fingerprint(source)).toEqual(before);
  });

  it('refuses a database that went through a migration the backup was made before', async () => {
    const newer = await newDatabase();
    await newer.db.$executeRaw`INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ('later', 'x', '29991231000000_later', now(), 1)`;
    const before = await fingerprint(newer);
    await expect(restoreBackup(newer.url, backupFile)).rejects.toThrow(/went through migration 29991231000000_later, which the backup was made before/);
    expect(await fingerprint(newer)).toEqual(before);
  });

  it('is refused without a backup to restore, or with a file that is not one', () => {
    expect(run('restore', source.url)).toMatchObject({ code: 1, output: expect.stringMatching(/Name the backup to restore: npm run db:restore -- backups\//) });
    const notBackup = path.join(folder, 'notes.ndjson.gz');
    writeFileSync(notBackup, gzipSync('{"hello":"world"}\n'));
    expect(run('restore', source.url, notBackup)).toMatchObject({ code: 1, output: expect.stringMatching(/is not a backup of this app/) });
  });
});
