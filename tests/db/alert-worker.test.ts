import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSeededAppDatabase } from '../support/app-database';
import { startRecordingResend, type RecordingResend } from '../support/resend-server';
import { workerCommand } from '../../scripts/lib/worker-command';
import { projectRoot } from '../support/routes';

// The worker as `npm start` runs it, in its own process, killed without warning in the middle of sending.
let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let resend: RecordingResend;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  resend = await startRecordingResend();
  database = await createSeededAppDatabase();
});
afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await database?.drop();
  await resend?.close();
});

function startWorker(): ChildProcess {
  const worker = spawn(workerCommand.command, workerCommand.args, {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      RESEND_API_KEY: 're_test_key',
      RESEND_BASE_URL: resend.url,
      EMAIL_REQUESTS_PER_SECOND: '5',
      WORKER_CONCURRENCY: '3',
      WORKER_STALE_AFTER_SECONDS: '3',
    },
    stdio: 'ignore',
  });
  workers.push(worker);
  return worker;
}

async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('sends every alert exactly once although the worker is killed mid-send and the provider fails for a while', async () => {
  const kuramshin = await database.db.case.findUniqueOrThrow({ where: { slug: 'vadim-kuramshin' }, select: { id: true } });
  const followers = 1_500;
  await database.db.subscriber.createMany({
    data: Array.from({ length: followers }, (_, index) => ({ email: `follower-${index}@example.org`, locale: 'fr', state: 'CONFIRMED' as const, confirmedAt: new Date() })),
  });
  await database.db.$executeRaw`INSERT INTO "SubscriberCase" ("subscriberId", "caseId") SELECT id, ${kuramshin.id} FROM "Subscriber"`;
  const update = await database.db.update.create({
    data: { caseId: kuramshin.id, title: 'Nouvelle', body: 'Texte.', occurredOn: new Date('2026-11-01'), occurredOnPrecision: 'DAY', state: 'DRAFT' },
  });
  process.env.DATABASE_URL = database.url;
  const { commitPublication } = await import('@/lib/updates/publish');
  await commitPublication(null, async (tx) => {
    await tx.update.update({ where: { id: update.id }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
    return { published: [{ id: update.id, caseId: kuramshin.id }], withdrawn: [] };
  });

  resend.fail({ status: 500, count: 3 });
  const first = startWorker();
  await waitFor(() => resend.sent.length >= 300, 60_000);
  first.kill('SIGKILL');
  startWorker();

  const sent = () => database.db.delivery.count({ where: { alert: { updateId: update.id }, state: 'SENT' } });
  await waitFor(async () => (await sent()) === followers, 90_000);
  const perAddress = new Map<string, number>();
  for (const email of resend.sent) perAddress.set(email.to, (perAddress.get(email.to) ?? 0) + 1);
  expect(perAddress.size).toBe(followers);
  expect([...perAddress.values()].every((count) => count === 1)).toBe(true);
  expect(resend.calls.some((call) => call.status === 500)).toBe(true);
}, 180_000);
