import 'server-only';
import type { Prisma } from '../generated/prisma/client';

type Tx = Prisma.TransactionClient;

/** Jobs the worker (scripts/worker.ts) runs, with their payloads. */
export type JobPayloads = {
  /** One batch (≤ 100 emails) of an alert: one provider call. */
  send_alert_batch: { alertId: string; batch: number };
  /** The confirmation email of a sign-up, or the "already subscribed" note that replaces it. */
  send_subscription_email: { subscriberId: string };
  /** Creates the weekly digest's deliveries (run by the worker's crontab). */
  queue_weekly_digest: Record<string, never>;
};

/**
 * How often the queue runs a job before it gives up for good: never, in practice. A job fails only for a passing
 * reason (a provider refusing a batch for good records it as failed instead), and past its 10th attempt
 * graphile-worker retries every 6 hours, so even an outage of months delays mail but loses none. The largest
 * value of graphile-worker's column.
 */
export const jobMaxAttempts = 32_767;

/**
 * Queues a job in the same transaction as the change that calls for it, so the job exists if and only if the
 * change commits. `jobKey` makes queuing idempotent: a second job with the same key replaces the waiting one (or,
 * when that one is running, is queued after it, which then ends without being retried). `runAt`: not before then.
 */
export async function addJob<Name extends keyof JobPayloads>(tx: Tx, name: Name, payload: JobPayloads[Name], jobKey?: string, runAt?: Date) {
  await tx.$executeRaw`SELECT graphile_worker.add_job(${name}, ${JSON.stringify(payload)}::json, run_at => ${runAt?.toISOString() ?? null}::timestamptz, job_key => ${jobKey ?? null}::text, max_attempts => ${jobMaxAttempts}::int)`;
}
