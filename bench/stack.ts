import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '../lib/prisma-client';
import { applySeed } from '../seeds/apply';
import { buildIfNeeded } from '../scripts/lib/build';
import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres';
import { applyMigrations } from '../scripts/lib/migrations';
import { findFreePort } from '../scripts/lib/ports';
import { webServerCommand } from '../scripts/lib/web-server-command';
import { workerCommand } from '../scripts/lib/worker-command';
import { startChild, stopChild, waitUntilServing, type Child } from './processes';
import type { Settings } from './settings';

export const organizerEmail = 'organizer@bench.example';

export type Stack = {
  databaseUrl: string;
  /** A connection of the benchmark's own, for setting up and counting. */
  sql: pg.Pool;
  webUrl: string;
  web: Child;
  resendUrl: string;
  postgresVersion: string;
  startWorker: () => Promise<Child>;
  stop: () => Promise<void>;
};

/**
 * Everything the benchmark measures, on this machine and thrown away afterwards: an embedded PostgreSQL in a
 * temporary folder (migrated and seeded), the production build served by the app's web server, the recording Resend
 * server (recipients only), and alert workers on demand. The web app mails the local mailbox (the organizer's
 * sign-in link); workers send alerts to the recording server.
 */
export async function startStack(settings: Settings, log: (line: string) => void): Promise<Stack> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kz-tracker-bench-'));
  chmodSync(dir, 0o755);
  const cleanups: (() => Promise<void>)[] = [async () => rmSync(dir, { recursive: true, force: true })];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => log(`while stopping: ${String(error)}`));
  };
  try {
    log(`starting a throw-away PostgreSQL in ${dir}`);
    const database = await startEmbeddedPostgres({ dir, database: 'tracker' });
    cleanups.push(database.stop);
    await applyMigrations(database.url);
    log('migrated; loading the seed');
    const prisma = createPrismaClient(database.url, 2);
    try {
      await applySeed(prisma);
      await prisma.user.create({ data: { email: organizerEmail, role: 'ORGANIZER' } });
    } finally {
      await prisma.$disconnect();
    }
    const sql = new pg.Pool({ connectionString: database.url, max: 4 });
    cleanups.push(() => sql.end());
    const { rows } = await sql.query<{ server_version: string }>('SHOW server_version');

    const env = { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: '1' };
    buildIfNeeded({ ...env, NODE_ENV: 'production' }, log);
    log('the build is up to date');

    const resendPort = await findFreePort();
    const resend = startChild('recording Resend server', process.execPath, ['--import', 'tsx', 'tests/support/resend-server.ts', String(resendPort), '--recipients-only'], env);
    cleanups.push(() => stopChild(resend));
    const resendUrl = `http://127.0.0.1:${resendPort}`;
    await waitUntilServing(resend, `${resendUrl}/__calls`);

    const webPort = await findFreePort();
    const webUrl = `http://127.0.0.1:${webPort}`;
    const webEnv = {
      ...env,
      NODE_ENV: 'production',
      NEXTAUTH_URL: webUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      LOCAL_MAILBOX: 'open',
      SIGN_IN_LIMIT_PER_IP: '1000',
    } as NodeJS.ProcessEnv;
    log(`serving the production build at ${webUrl}`);
    const webServer = webServerCommand(webPort, '127.0.0.1');
    const web = startChild('web server', webServer.command, webServer.args, webEnv);
    cleanups.push(() => stopChild(web));
    await waitUntilServing(web, `${webUrl}/api/health`);

    const workers: Child[] = [];
    cleanups.push(() => Promise.all(workers.map(stopChild)).then(() => {}));
    const startWorker = async () => {
      const healthPort = await findFreePort();
      const worker = startChild(`alert worker ${workers.length + 1}`, workerCommand.command, workerCommand.args, {
        ...webEnv,
        RESEND_API_KEY: 're_bench_key',
        RESEND_BASE_URL: resendUrl,
        EMAIL_REQUESTS_PER_SECOND: String(settings.emailRequestsPerSecond),
        WORKER_CONCURRENCY: String(settings.workerConcurrency),
        WORKER_HEALTH_PORT: String(healthPort),
      });
      workers.push(worker);
      await waitUntilServing(worker, `http://127.0.0.1:${healthPort}/`);
      return worker;
    };
    return { databaseUrl: database.url, sql, webUrl, web, resendUrl, postgresVersion: rows[0]?.server_version ?? 'unknown', startWorker, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
