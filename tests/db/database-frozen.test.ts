import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import { applySeed } from '../../seeds/apply';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../scripts/lib/embedded-postgres';
import { applyMigrations } from '../../scripts/lib/migrations';

// PostgreSQL that stops answering without closing anything (a frozen host, a network gone quiet): its
// connections stay open and silent. This file runs its own cluster, frozen with SIGSTOP.
const dir = mkdtempSync(path.join(tmpdir(), 'kz-tracker-frozen-'));
let postgres: EmbeddedDatabase;
let app: { listCases: typeof import('@/lib/cases/queries').listCases; checkDatabase: typeof import('@/lib/health').checkDatabase; db: typeof import('@/lib/db').db };

/** Every process of the cluster: the postmaster and its backends. */
function clusterProcesses(): number[] {
  const postmaster = Number.parseInt(readFileSync(path.join(dir, 'pgdata', 'postmaster.pid'), 'utf8'), 10);
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)], { encoding: 'utf8' }).split('\n').map((line) => Number.parseInt(line, 10)).filter(Boolean);
  return [postmaster, ...children];
}
const signalCluster = (signal: NodeJS.Signals) => clusterProcesses().forEach((pid) => process.kill(pid, signal));

/** How long a promise took to settle, and whether it failed. */
async function settled(work: Promise<unknown>) {
  const started = Date.now();
  const failed = await work.then(
    () => false,
    () => true,
  );
  return { failed, seconds: (Date.now() - started) / 1000 };
}

beforeAll(async () => {
  postgres = await startEmbeddedPostgres({ dir, database: 'tracker' });
  await applyMigrations(postgres.url);
  const seeding = createPrismaClient(postgres.url, 1);
  await applySeed(seeding);
  await seeding.$disconnect();
  Object.assign(process.env, { DATABASE_URL: postgres.url, DATABASE_CONNECT_TIMEOUT_MS: '2000', DATABASE_STATEMENT_TIMEOUT_MS: '2000' });
  app = { ...(await import('@/lib/cases/queries')), ...(await import('@/lib/health')), ...(await import('@/lib/db')) };
});
afterAll(async () => {
  signalCluster('SIGCONT');
  await app?.db.$disconnect();
  await postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('gives up on a PostgreSQL that stops answering, instead of waiting forever, and recovers by itself when it answers again', async () => {
  expect((await app.listCases('en')).length).toBeGreaterThan(0);
  signalCluster('SIGSTOP');
  try {
    // Statement and connection timeouts of 2 s, the client's own 5 s beyond the statement's: every read fails
    // well within a minute (the test's own limit), the health check within its 3 s.
    const reads = await Promise.all([settled(app.listCases('en')), settled(app.listCases('fr', { query: 'kuramshin' })), settled(app.db.case.count())]);
    for (const read of reads) expect(read).toMatchObject({ failed: true });
    expect(Math.max(...reads.map((read) => read.seconds))).toBeLessThan(30);
    const health = await settled(app.checkDatabase().then((up) => (up ? Promise.resolve() : Promise.reject(new Error('down')))));
    expect(health.failed).toBe(true);
  } finally {
    signalCluster('SIGCONT');
  }
  await expect.poll(() => app.checkDatabase(), { timeout: 20_000, interval: 500 }).toBe(true);
  expect((await app.listCases('en')).length).toBeGreaterThan(0);
});
