import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { applyMigrations } from '../../scripts/lib/migrations';
import { createPrismaClient } from '../../lib/prisma-client';
import { assertLocalDatabaseUrl } from './local-database';

/** The PostgreSQL server that `npm test` started (scripts/test.ts), as an admin URL. */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_SERVER_URL;
  if (!url) throw new Error('TEST_DATABASE_SERVER_URL is not set: run the tests with `npm test`.');
  assertLocalDatabaseUrl(url);
  return url;
}

const TEMPLATE_COPY_LOCK = 7_214_001;

async function adminQuery(sql: string, { serialized = false } = {}) {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    // PostgreSQL copies a template for one CREATE DATABASE at a time; the others would fail, so they queue.
    if (serialized) await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_COPY_LOCK]);
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database on the test server: a copy of the migrated template `npm test` prepares once (Prisma's
 * migration lock is server-wide, so migrating a database per test file in parallel would queue on it), or an
 * empty database with `migrate: false`.
 */
export async function createTestDatabase({ migrate = true } = {}) {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (migrate && template) await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`, { serialized: true });
  else await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  if (migrate && !template) await applyMigrations(databaseUrl);
  const db = createPrismaClient(databaseUrl, 2);
  return {
    url: databaseUrl,
    db,
    drop: async () => {
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
