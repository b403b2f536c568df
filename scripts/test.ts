import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { reportProblems } from '../bench/report';
import { createPrismaClient } from '../lib/prisma-client';
import { applySeed } from '../seeds/apply';
import { assertLocalDatabaseUrl } from '../tests/support/local-database';
import { buildIfNeeded } from './lib/build';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { exitWithError } from './lib/fatal';
import { applyMigrations, projectRoot } from './lib/migrations';
import { findFreePort } from './lib/ports';

/**
 * `npm test`: unit and database tests (Vitest), then end-to-end tests (Playwright, real Chromium) against the
 * production build, then the benchmark's smoke run. Everything runs on a throw-away PostgreSQL cluster in a
 * temporary folder, or on the local server of TEST_DATABASE_SERVER_URL (the benchmark starts its own).
 * `npm test -- unit`, `npm test -- e2e` or `npm test -- bench` runs one part; files named after unit or e2e
 * narrow that part (`npm test -- e2e tests/e2e/feeds.spec.ts`).
 */
const log = (line: string) => console.log(`[test] ${line}`);
const bin = (name: string) => path.join(projectRoot, 'node_modules/.bin', name);
const [only, ...onlyFiles] = process.argv.slice(2);

function run(command: string, args: string[], env: Record<string, string>): boolean {
  const result = spawnSync(command, args, { cwd: projectRoot, env: { ...process.env, ...env }, stdio: 'inherit' });
  return result.status === 0;
}

/** A new, migrated database on the test server. */
async function migratedDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return url.toString();
}

async function prepareE2eDatabase(serverUrl: string): Promise<string> {
  const url = await migratedDatabase(serverUrl, 'e2e');
  const db = createPrismaClient(url, 2);
  await applySeed(db);
  await db.$disconnect();
  return url;
}

/**
 * `npm run bench -- --smoke` into a temporary file, so the benchmark cannot rot: it must finish and write a whole
 * report. Its numbers are not judged (a shared test machine proves nothing about speed).
 */
function benchmarkSmokeRun(): boolean {
  const dir = mkdtempSync(path.join(tmpdir(), 'kz-tracker-bench-smoke-'));
  const report = path.join(dir, 'BENCHMARKS.md');
  try {
    if (!run('npm', ['run', 'bench', '--', '--smoke', '--report', report], {})) return false;
    const problems = reportProblems(readFileSync(report, 'utf8'));
    for (const problem of problems) log(`the smoke run's report is incomplete: ${problem}`);
    return problems.length === 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Unit and database tests, then end-to-end tests, on the throw-away (or TEST_DATABASE_SERVER_URL) server. */
async function unitAndEndToEnd(): Promise<boolean> {
  let serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  let stopServer = async () => {};
  if (serverUrl) {
    assertLocalDatabaseUrl(serverUrl);
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'kz-tracker-test-'));
    chmodSync(dir, 0o755);
    log(`starting a throw-away PostgreSQL in ${dir}`);
    const server = await startEmbeddedPostgres({ dir, database: 'postgres' });
    serverUrl = server.url;
    stopServer = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  process.on('SIGINT', () => void stopServer().then(() => process.exit(130)));

  let ok = true;
  try {
    if (only !== 'e2e') {
      log('unit and database tests');
      await migratedDatabase(serverUrl, 'tracker_template');
      ok = run(bin('vitest'), ['run', ...onlyFiles], { TEST_DATABASE_SERVER_URL: serverUrl, TEST_TEMPLATE_DATABASE: 'tracker_template' }) && ok;
    }
    if (only !== 'unit') {
      log('end-to-end tests: preparing the database and the production build');
      const databaseUrl = await prepareE2eDatabase(serverUrl);
      const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1' };
      buildIfNeeded({ ...env, NODE_ENV: 'production' }, log);
      const [port, workerPort] = [String(await findFreePort()), String(await findFreePort())];
      ok = run(bin('playwright'), ['test', ...onlyFiles], { DATABASE_URL: databaseUrl, E2E_PORT: port, E2E_WORKER_PORT: workerPort, NEXT_TELEMETRY_DISABLED: '1' }) && ok;
    }
  } finally {
    await stopServer();
  }
  return ok;
}

async function main() {
  let ok = true;
  if (only !== 'bench') ok = await unitAndEndToEnd();
  if (only === undefined || only === 'bench') {
    log('benchmark smoke run');
    ok = benchmarkSmokeRun() && ok;
  }
  log(ok ? 'all tests passed' : 'some tests failed');
  process.exit(ok ? 0 : 1);
}

main().catch(exitWithError);
