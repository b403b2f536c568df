import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../scripts/lib/embedded-postgres';
import { applyMigrations, projectRoot } from '../../scripts/lib/migrations';
import { findFreePort } from '../../scripts/lib/ports';
import { applySeed } from '../../seeds/apply';

// The production build on a PostgreSQL of its own, which this test stops and starts again (same address, same
// data) while requests keep coming: the app must say it is unavailable, never hang, never show its insides, and
// serve again by itself once the database is back.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

const pages = ['/en', '/en/cases', '/en/cases/vadim-kuramshin', '/fr/demands', '/ru/events', '/api/v1/cases'];
/** No request may take longer than this, whatever the database does. */
const requestBoundMs = 15_000;
const internals = /\n\s+at \S+|node_modules|Prisma|ECONNREFUSED|postgres(ql)?:\/\/|127\.0\.0\.1:\d+\/tracker/i;

let dir: string;
let databasePort: number;
let database: EmbeddedDatabase | undefined;
let app: ChildProcess;
let appOutput = '';
let baseUrl: string;

const startDatabase = async () => (database = await startEmbeddedPostgres({ dir, database: 'tracker', port: databasePort }));

async function health() {
  const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(requestBoundMs) });
  return { status: response.status, body: await response.text() };
}

async function waitForHealth(status: number, withinMs: number) {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const answer = await health().catch(() => undefined);
    if (answer?.status === status) return answer;
    if (Date.now() > deadline) throw new Error(`/api/health did not answer ${status} within ${withinMs} ms (last: ${answer?.status})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = mkdtempSync(path.join(tmpdir(), 'kz-tracker-restart-'));
  chmodSync(dir, 0o755);
  databasePort = await findFreePort();
  const { url } = await startDatabase();
  await applyMigrations(url);
  const db = createPrismaClient(url, 2);
  await applySeed(db);
  await db.$disconnect();

  const appPort = await findFreePort();
  baseUrl = `http://127.0.0.1:${appPort}`;
  app = spawn(path.join(projectRoot, 'node_modules/.bin/next'), ['start', '--port', String(appPort), '--hostname', '127.0.0.1'], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: url, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: 'database-restart-test-secret-0123456789abcdef', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    appOutput = (appOutput + chunk.toString()).slice(-20_000);
  };
  app.stdout!.on('data', keep);
  app.stderr!.on('data', keep);
  await waitForHealth(200, 60_000);
});

test.afterAll(async () => {
  app?.kill('SIGTERM');
  await database?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Answer = { path: string; ms: number; status?: number; body?: string; failure?: string };

/** Visitors requesting pages and the health check in turn, as fast as answers come, until told to stop. */
function load(visitors: number) {
  const answers: Answer[] = [];
  let running = true;
  const visitor = async (offset: number) => {
    const targets = [...pages, '/api/health'];
    for (let index = offset; running; index += 1) {
      const requested = targets[index % targets.length]!;
      const started = Date.now();
      try {
        const response = await fetch(`${baseUrl}${requested}`, { redirect: 'manual', signal: AbortSignal.timeout(requestBoundMs) });
        answers.push({ path: requested, status: response.status, body: await response.text(), ms: Date.now() - started });
      } catch (error) {
        answers.push({ path: requested, failure: String(error), ms: Date.now() - started });
      }
    }
  };
  const all = Promise.all(Array.from({ length: visitors }, (_, offset) => visitor(offset)));
  return {
    answers,
    stop: async () => {
      running = false;
      await all;
      return answers;
    },
  };
}

test('while PostgreSQL restarts under load, the app answers 503 on its health check, never hangs, and recovers by itself', async ({ page }) => {
  const traffic = load(6);
  await new Promise((resolve) => setTimeout(resolve, 2_000));

  await database!.stop();
  const down = await waitForHealth(503, 10_000);
  expect(JSON.parse(down.body)).toEqual({ status: 'unavailable' });
  const downSince = traffic.answers.length;
  // A page read for each visit (a search) says so in the visitor's language, inside the site's frame.
  const search = await page.goto(`${baseUrl}/fr/cases?q=kouramchine`);
  expect(search!.status()).toBe(500);
  await expect(page.getByRole('alert').getByRole('heading', { name: 'Une erreur est survenue' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Principal' })).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(internals);
  await new Promise((resolve) => setTimeout(resolve, 4_000));

  await startDatabase();
  await waitForHealth(200, 30_000);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const answers = await traffic.stop();

  expect(answers.filter((answer) => answer.failure), 'requests that failed or hung').toEqual([]);
  expect(Math.max(...answers.map((answer) => answer.ms))).toBeLessThan(requestBoundMs);
  expect(answers.filter((answer) => internals.test(answer.body ?? '')).map(({ path, status, body }) => ({ path, status, body: body?.slice(0, 500) }))).toEqual([]);
  expect(answers.filter((answer) => ![200, 500, 503].includes(answer.status!)).map(({ path, status }) => ({ path, status }))).toEqual([]);
  // The open data API tells its clients to come back rather than that it failed.
  expect(answers.filter((answer) => answer.path.startsWith('/api/') && answer.status === 500).map(({ path, body }) => ({ path, body }))).toEqual([]);
  expect(answers.slice(downSince).some((answer) => answer.status !== 200), 'the outage was seen by the visitors').toBe(true);

  // The same process serves every page again.
  expect(app.exitCode).toBeNull();
  for (const page of pages) {
    const response = await fetch(`${baseUrl}${page}`, { signal: AbortSignal.timeout(requestBoundMs) });
    expect(response.status, page).toBe(200);
  }
  expect(appOutput).not.toMatch(/uncaughtException|unhandledRejection/);
});
