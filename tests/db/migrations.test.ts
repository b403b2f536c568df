import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, createMigration, migrationsDir } from '../../scripts/lib/migrations';
import { StartupError } from '../../scripts/lib/fatal';
import { createTestDatabase, testServerUrl } from '../support/test-database';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function freshDatabase() {
  const database = await createTestDatabase({ migrate: false });
  cleanups.push(database.drop);
  return database;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const migrationNames = () => readdirSync(migrationsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

function copyOfMigrations() {
  const dir = mkdtempSync(path.join(tmpdir(), 'migrations-'));
  cpSync(migrationsDir, dir, { recursive: true });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('migrations', () => {
  it('apply from empty, recorded in _prisma_migrations as prisma migrate deploy does', async () => {
    const { url } = await freshDatabase();
    expect(await applyMigrations(url)).toEqual(migrationNames());

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null }>(
      url,
      'SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames());
    for (const row of rows) {
      const sql = readFileSync(path.join(migrationsDir, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    const tables = await query<{ table_name: string }>(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['Case', 'Update', 'Demand', 'ActionEvent', 'Quote', 'Citation']));
  });

  it('re-apply as a no-op', async () => {
    const { url } = await freshDatabase();
    await applyMigrations(url);
    expect(await applyMigrations(url)).toEqual([]);
    const rows = await query(url, 'SELECT 1 FROM "_prisma_migrations"');
    expect(rows).toHaveLength(migrationNames().length);
  });

  it('stop on a failing migration with a clear message and leave the database as it was', async () => {
    const { url } = await freshDatabase();
    await applyMigrations(url);
    const dir = copyOfMigrations();
    const broken = path.join(dir, '29990101000000_broken');
    mkdirSync(broken);
    writeFileSync(
      path.join(broken, 'migration.sql'),
      'CREATE TABLE "half_done" (id int);\nALTER TABLE "Case" ADD COLUMN "note" text;\nSELECT * FROM "no_such_table";\n',
    );

    const failure = await applyMigrations(url, dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StartupError);
    expect((failure as Error).message).toMatch(/29990101000000_broken failed and was rolled back/);
    expect((failure as Error).message).toMatch(/no_such_table/);

    const leftovers = await query(url, "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(leftovers).toHaveLength(0);
    const columns = await query(url, "SELECT 1 FROM information_schema.columns WHERE table_name = 'Case' AND column_name = 'note'");
    expect(columns).toHaveLength(0);

    // Once the migration is fixed, the next start applies it.
    writeFileSync(path.join(broken, 'migration.sql'), 'CREATE TABLE "half_done" (id int);\n');
    expect(await applyMigrations(url, dir)).toEqual(['29990101000000_broken']);
  });

  it('match prisma/schema.prisma, so no schema change is left without its migration', async () => {
    expect(await createMigration('drift_check', testServerUrl(), copyOfMigrations())).toBeNull();
  });

  it('create a new migration from a schema change', async () => {
    const dir = copyOfMigrations();
    const schemaWithChange = `${readFileSync(path.join(import.meta.dirname, '../../prisma/schema.prisma'), 'utf8')}\nmodel ScratchNote {\n  id Int @id\n  body String\n}\n`;
    const created = await createMigration('add_scratch_note', testServerUrl(), dir, schemaWithChange);
    expect(created).toMatch(/_add_scratch_note$/);
    expect(readFileSync(path.join(created!, 'migration.sql'), 'utf8')).toMatch(/CREATE TABLE "ScratchNote"/);

    const { url } = await freshDatabase();
    expect(await applyMigrations(url, dir)).toContain(path.basename(created!));
  });
});
