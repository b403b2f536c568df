import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPrismaClient, type Db } from '../../lib/prisma-client';
import { applySeed } from '../../seeds/apply';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../scripts/lib/embedded-postgres';
import { applyMigrations } from '../../scripts/lib/migrations';
import { findFreePort } from '../../scripts/lib/ports';
import { deliveryStates, emailsPerRecipient, publishToFollowers, waitFor, workerProcesses } from '../support/alert-worker';
import { startRecordingResend, type RecordingResend } from '../support/resend-server';

// PostgreSQL itself goes away while the worker sends (a restart, a failover): this file runs its own cluster,
// at a fixed port so that it comes back at the same address.
const dir = mkdtempSync(path.join(tmpdir(), 'kz-tracker-restart-'));
let port: number;
let postgres: EmbeddedDatabase;
let db: Db;
let resend: RecordingResend;
let workers: ReturnType<typeof workerProcesses>;
let worker: ChildProcess;

const startPostgres = () => startEmbeddedPostgres({ dir, database: 'tracker', port });

beforeAll(async () => {
  port = await findFreePort();
  postgres = await startPostgres();
  await applyMigrations(postgres.url);
  // A provider slow enough that batches are still being sent, and recorded, when PostgreSQL stops.
  resend = await startRecordingResend({ latencyMs: 1_500 });
  workers = workerProcesses({ databaseUrl: postgres.url, resendUrl: resend.url, env: { EMAIL_REQUESTS_PER_SECOND: '20', WORKER_CONCURRENCY: '3' } });
  worker = workers.start();
  db = createPrismaClient(postgres.url, 2);
  await applySeed(db);
  process.env.DATABASE_URL = postgres.url;
});
afterAll(async () => {
  workers?.killAll();
  await db?.$disconnect();
  await (await import('@/lib/db')).db.$disconnect();
  await postgres?.stop();
  await resend?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('sends every alert exactly once although PostgreSQL restarts in the middle of sending', async () => {
  const followers = 800;
  const updateId = await publishToFollowers(db, followers);
  await waitFor(() => resend.sent.length >= 100, 45_000, workers.output);
  await postgres.stop();
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  postgres = await startPostgres();

  await waitFor(async () => (await deliveryStates(db, updateId)).SENT === followers, 45_000, workers.output);
  const perAddress = emailsPerRecipient(resend.sent);
  expect(perAddress.size).toBe(followers);
  expect([...perAddress.values()].every((count) => count === 1)).toBe(true);
  expect(await deliveryStates(db, updateId)).toEqual({ SENT: followers });
  expect(worker.exitCode, 'the worker outlives the outage').toBeNull();
}, 120_000);
