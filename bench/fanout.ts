import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { peakResidentMb, stopChild, type Child } from './processes';
import type { Settings } from './settings';
import type { Stack } from './stack';

export type FanOutRun = {
  followers: number;
  deliveries: number;
  batches: number;
  /** The whole publication: its transaction with the fan-out and the queued jobs. */
  createMs: number;
  workers: number;
  configuredRequestsPerSecond: number;
  /** Provider calls that were answered 200 (one per batch), refused with 429, or with 500. */
  acceptedCalls: number;
  refused429: number;
  refused500: number;
  /** From the first provider call to the last, plus one call's share of a second. */
  sendSeconds: number;
  achievedRequestsPerSecond: number;
  emailsPerSecond: number;
  /** Counted at the provider, by recipient: extra copies, and followers who got nothing. */
  duplicates: number;
  losses: number;
  unexpected: number;
  /** The highest VmHWM among the workers of this run. */
  workerPeakMb: number;
};

type Call = { path: string; idempotencyKey: string | null; status: number; at: number };
type Recorded = { to: string; idempotencyKey: string | null };

const followerEmail = (n: number) => `follower-${n}@bench.example`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Adds confirmed instant subscribers of one case, numbered `from`..`to` (in three languages), in two set-based
 * statements, then refreshes the planner's statistics as autovacuum would.
 */
export async function addFollowers(sql: pg.Pool, caseId: string, from: number, to: number) {
  await sql.query(
    `INSERT INTO "Subscriber" (id, email, locale, frequency, state, "confirmedAt", "updatedAt")
     SELECT 'bench-' || n, 'follower-' || n || '@bench.example', (ARRAY['en', 'fr', 'ru'])[1 + n % 3], 'INSTANT', 'CONFIRMED', now(), now()
     FROM generate_series($1::int, $2::int) AS n`,
    [from, to],
  );
  await sql.query(`INSERT INTO "SubscriberCase" ("subscriberId", "caseId") SELECT 'bench-' || n, $3 FROM generate_series($1::int, $2::int) AS n`, [from, to, caseId]);
  await sql.query('ANALYZE "Subscriber", "SubscriberCase"');
}

/** Publishes a new update on the case through commitPublication, the one publication path, and times it. */
async function publishTimed(caseId: string, title: string) {
  const { db } = await import('../lib/db');
  const { commitPublication } = await import('../lib/updates/publish');
  const update = await db.update.create({
    data: { caseId, title, body: 'Published by the benchmark.', language: 'en', occurredOn: new Date(), occurredOnPrecision: 'DAY', state: 'DRAFT' },
    select: { id: true },
  });
  const started = performance.now();
  await commitPublication(null, async (tx) => {
    await tx.update.update({ where: { id: update.id }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
    return { published: [{ id: update.id, caseId }], withdrawn: [] };
  });
  const createMs = performance.now() - started;
  const alert = await db.alert.findFirstOrThrow({ where: { updateId: update.id }, select: { id: true } });
  return { alertId: alert.id, createMs };
}

async function deliveryCounts(sql: pg.Pool, alertId: string) {
  const { rows } = await sql.query<{ total: number; batches: number; open: number }>(
    `SELECT count(*)::int AS total, count(DISTINCT batch)::int AS batches, count(*) FILTER (WHERE state = 'QUEUED')::int AS open
     FROM "Delivery" WHERE "alertId" = $1`,
    [alertId],
  );
  return rows[0]!;
}

async function control<T>(resendUrl: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${resendUrl}${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`recording Resend server ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * One fan-out: the followers the case has now get an alert of a new update. The deliveries are created by the
 * publication; fresh worker processes then send them to the recording server, which refuses a few calls with
 * 429 (Retry-After: 1) after a third of the batches and with 500 after two thirds. Ends when no delivery is
 * queued any more; duplicates and losses are counted by recipient at the server.
 */
export async function fanOut(stack: Stack, settings: Settings, caseId: string, followers: number, log: (line: string) => void): Promise<FanOutRun> {
  await control(stack.resendUrl, '/__reset', {});
  const { alertId, createMs } = await publishTimed(caseId, `Fan-out to ${followers} followers`);
  const { total: deliveries, batches } = await deliveryCounts(stack.sql, alertId);
  log(`${deliveries} deliveries in ${batches} batches created in ${Math.round(createMs)} ms; sending with ${settings.workers} workers`);

  const faultsEach = Math.max(2, Math.round(batches / 100));
  const faults = [
    { afterBatches: batches / 3, fault: { status: 429, count: faultsEach, retryAfterSeconds: 1 } },
    { afterBatches: (2 * batches) / 3, fault: { status: 500, count: faultsEach } },
  ];
  const rate = settings.emailRequestsPerSecond;
  const deadline = Date.now() + 60_000 + (3 * 1000 * batches) / rate;
  const workers: Child[] = [];
  let workerPeakMb = 0;
  try {
    workers.push(...(await Promise.all(Array.from({ length: settings.workers }, stack.startWorker))));
    for (;;) {
      const { open } = await deliveryCounts(stack.sql, alertId);
      if (open === 0) break;
      if (Date.now() > deadline) throw new Error(`${open} of ${deliveries} deliveries still queued: sending is far slower than the configured rate`);
      const sentBatches = ((deliveries - open) / deliveries) * batches;
      while (faults[0] && sentBatches >= faults[0].afterBatches) await control(stack.resendUrl, '/__faults', faults.shift()!.fault);
      await sleep(200);
    }
    workerPeakMb = Math.max(...workers.map(peakResidentMb));
  } finally {
    await Promise.all(workers.map(stopChild));
  }

  const ofThisAlert = (key: string | null) => key?.startsWith(`${alertId}:`) ?? false;
  const calls = (await control<Call[]>(stack.resendUrl, '/__calls')).filter((call) => ofThisAlert(call.idempotencyKey));
  const sent = (await control<Recorded[]>(stack.resendUrl, '/__sent')).filter((email) => ofThisAlert(email.idempotencyKey));
  const acceptedCalls = new Set(calls.filter((call) => call.status === 200).map((call) => call.idempotencyKey)).size;
  const times = calls.map((call) => call.at);
  const sendSeconds = (Math.max(...times) - Math.min(...times)) / 1000 + 1 / rate;
  const perRecipient = new Map<string, number>();
  for (const email of sent) perRecipient.set(email.to, (perRecipient.get(email.to) ?? 0) + 1);
  let losses = 0;
  for (let n = 1; n <= followers; n++) if (!perRecipient.has(followerEmail(n))) losses++;
  return {
    followers,
    deliveries,
    batches,
    createMs,
    workers: settings.workers,
    configuredRequestsPerSecond: rate,
    acceptedCalls,
    refused429: calls.filter((call) => call.status === 429).length,
    refused500: calls.filter((call) => call.status === 500).length,
    sendSeconds,
    achievedRequestsPerSecond: acceptedCalls / sendSeconds,
    emailsPerSecond: sent.length / sendSeconds,
    duplicates: [...perRecipient.values()].reduce((sum, count) => sum + count - 1, 0),
    losses,
    unexpected: perRecipient.size - (followers - losses),
    workerPeakMb,
  };
}
