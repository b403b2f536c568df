import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createSeededAppDatabase } from '../support/app-database';
import { deliveryStates, emailsPerRecipient, publishToFollowers, waitFor, workerProcesses } from '../support/alert-worker';
import { startRecordingResend, type RecordingResend } from '../support/resend-server';

// The worker as `npm start` runs it, in its own process.
let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let resend: RecordingResend | undefined;
let workers: ReturnType<typeof workerProcesses> | undefined;

beforeAll(async () => {
  database = await createSeededAppDatabase();
});
afterEach(async () => {
  workers?.killAll();
  await resend?.close();
  await database.db.$executeRawUnsafe('TRUNCATE "Subscriber", "Alert" CASCADE');
});
afterAll(async () => {
  await database?.drop();
});

async function startSending(followers: number, { latencyMs = 0, requestsPerSecond = 5 } = {}) {
  resend = await startRecordingResend({ latencyMs });
  workers = workerProcesses({ databaseUrl: database.url, resendUrl: resend.url, env: { EMAIL_REQUESTS_PER_SECOND: String(requestsPerSecond), WORKER_CONCURRENCY: '3' } });
  const updateId = await publishToFollowers(database.db, followers);
  const allSent = () => waitFor(async () => (await deliveryStates(database.db, updateId)).SENT === followers, 90_000, workers!.output);
  return { resend, workers, allSent };
}

it('sends every alert exactly once although the worker is killed mid-send and the provider fails for a while', async () => {
  const followers = 1_500;
  const { resend, workers, allSent } = await startSending(followers);
  resend.fail({ status: 500, count: 3 });
  const first = workers.start();
  await waitFor(() => resend.sent.length >= 300, 60_000, workers.output);
  first.kill('SIGKILL');
  workers.start();

  await allSent();
  const perAddress = emailsPerRecipient(resend.sent);
  expect(perAddress.size).toBe(followers);
  expect([...perAddress.values()].every((count) => count === 1)).toBe(true);
  expect(resend.calls.some((call) => call.status === 500)).toBe(true);
}, 180_000);

it('leaves a batch with the worker that sends it however long the provider takes', async () => {
  const { resend, workers, allSent } = await startSending(300, { latencyMs: 8_000, requestsPerSecond: 100 });
  workers.start();
  workers.start();
  await allSent();
  // Each call outlasts by far the 3 seconds after which a silent worker's jobs are handed back: none was.
  expect(resend.calls).toHaveLength(3);
  expect(new Set(resend.calls.map((call) => call.idempotencyKey)).size).toBe(3);
}, 90_000);
