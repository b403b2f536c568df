import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSeededAppDatabase } from '../support/app-database';
import { deliveryStates, emailsPerRecipient, publishToFollowers, waitFor, workerProcesses } from '../support/alert-worker';
import { startRecordingResend, type RecordingResend } from '../support/resend-server';

// The provider answers 500 to everything for a whole minute while a running worker sends an alert.
let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let resend: RecordingResend;
let workers: ReturnType<typeof workerProcesses>;

beforeAll(async () => {
  resend = await startRecordingResend();
  database = await createSeededAppDatabase();
  workers = workerProcesses({ databaseUrl: database.url, resendUrl: resend.url, env: { EMAIL_REQUESTS_PER_SECOND: '20', WORKER_CONCURRENCY: '3' } });
  workers.start();
  await waitFor(() => workers.output().includes('looking for jobs'), 60_000, workers.output);
});
afterAll(async () => {
  workers?.killAll();
  await database?.drop();
  await resend?.close();
});

it('only delays mail while the provider answers 500 for a minute: once it answers again, every follower gets one email', async () => {
  const followers = 300;
  const outageMs = 60_000;
  resend.fail({ status: 500, forMs: outageMs });
  const outageEnds = Date.now() + outageMs;
  const updateId = await publishToFollowers(database.db, followers);

  await waitFor(async () => (await deliveryStates(database.db, updateId)).SENT === followers, outageMs + 60_000, workers.output);
  const perAddress = emailsPerRecipient(resend.sent);
  expect(perAddress.size).toBe(followers);
  expect([...perAddress.values()].every((count) => count === 1)).toBe(true);
  expect(await deliveryStates(database.db, updateId)).toEqual({ SENT: followers });
  // The batches were tried through the outage, and tried again soon after it ended.
  const refused = resend.calls.filter((call) => call.status === 500);
  expect(refused.length).toBeGreaterThan(3);
  expect(Math.max(...refused.map((call) => call.at))).toBeGreaterThan(outageEnds - 30_000);
  expect(Math.max(...resend.calls.map((call) => call.at))).toBeLessThan(outageEnds + 40_000);
}, 180_000);
