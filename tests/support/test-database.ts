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

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database on the test server; `migrate` applies the project's migrations to it. */
export async function createTestDatabase({ migrate = true } = {}) {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  if (migrate) await applyMigrations(databaseUrl);
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
