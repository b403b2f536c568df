import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { sendEmailBatch, type BatchOutcome } from '../email/send';
import { newToken, tokenLifetimeMs } from '../subscriptions/tokens';
import { composeAlertEmails, type Recipient } from './compose';
import { carriesUpdateContent, reachable } from './fanout';
import type { JobPayloads } from './jobs';

type BatchRow = { id: bigint; subscriberId: string; email: string; locale: string; pendingToken: string | null; sendable: boolean };

/** Retries of a refused call inside one run before the job is handed back to the queue's own backoff. */
const retriesPerRun = 4;
const backoffMs = (attempt: number) => Math.min(30_000, 1_000 * 2 ** attempt);
/** A longer Retry-After (a daily quota spent) hands the batch back to the queue rather than hold a worker's slot. */
const longestWaitMs = 60_000;

/**
 * Fixes who a batch goes to, once: queued deliveries whose subscriber left or whose address was suppressed, or
 * whose update has since been corrected or retracted, are skipped; the others get their preferences token, kept raw on the delivery until it is sent. A retried batch
 * finds every remaining delivery with its token already, so it sends exactly the same messages.
 */
async function prepareBatch(alertId: string, batch: number, now: Date): Promise<Recipient[]> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<BatchRow[]>`
      SELECT d.id, d."subscriberId", s.email, s.locale, d."pendingToken",
        (${Prisma.raw(reachable)} AND NOT EXISTS (
          SELECT 1 FROM "Alert" a JOIN "Update" u ON u.id = a."updateId"
          WHERE a.id = d."alertId" AND ${Prisma.raw(carriesUpdateContent)} AND u.state <> 'PUBLISHED')) AS sendable
      FROM "Delivery" d JOIN "Subscriber" s ON s.id = d."subscriberId"
      WHERE d."alertId" = ${alertId} AND d.batch = ${batch} AND d.state = 'QUEUED'
      ORDER BY d.id
      FOR UPDATE OF d`;
    const fresh = rows.filter((row) => !row.pendingToken);
    const skipped = fresh.filter((row) => !row.sendable).map((row) => row.id);
    const tokens = fresh.filter((row) => row.sendable).map((row) => ({ row, id: randomUUID(), ...newToken() }));
    if (skipped.length || tokens.length) {
      // One statement: skip, create the tokens, and give them to their deliveries.
      await tx.$executeRaw`
        WITH skipped AS (
          UPDATE "Delivery" SET state = 'SKIPPED' WHERE id = ANY(${skipped}::bigint[])
        ), tokens AS (
          INSERT INTO "SubscriberToken" (id, "subscriberId", purpose, "tokenHash", "expiresAt")
          SELECT t.id, t.subscriber, 'MANAGE', t.hash, ${new Date(now.getTime() + tokenLifetimeMs.MANAGE)}
          FROM unnest(${tokens.map(({ id }) => id)}::text[], ${tokens.map(({ row }) => row.subscriberId)}::text[], ${tokens.map(({ hash }) => hash)}::text[]) AS t(id, subscriber, hash)
        )
        UPDATE "Delivery" d SET "pendingToken" = t.raw, "tokenId" = t.id
        FROM unnest(${tokens.map(({ row }) => row.id)}::bigint[], ${tokens.map(({ raw }) => raw)}::text[], ${tokens.map(({ id }) => id)}::text[]) AS t(delivery, raw, id)
        WHERE d.id = t.delivery`;
      for (const { row, raw } of tokens) row.pendingToken = raw;
    }
    return rows
      .filter((row) => row.pendingToken)
      .map((row) => ({ deliveryId: row.id, subscriberId: row.subscriberId, email: row.email, locale: row.locale, token: row.pendingToken! }));
  });
}

async function recordOutcome(deliveryIds: bigint[], outcome: Exclude<BatchOutcome, { status: 'retry' }>, now: Date) {
  if (outcome.status === 'sent') {
    await db.$executeRaw`
      UPDATE "Delivery" d SET state = 'SENT', "sentAt" = ${now}, "providerId" = t.provider, "pendingToken" = NULL
      FROM unnest(${deliveryIds}::bigint[], ${outcome.providerIds}::text[]) AS t(delivery, provider)
      WHERE d.id = t.delivery AND d.state = 'QUEUED'`;
  } else {
    await db.delivery.updateMany({ where: { id: { in: deliveryIds }, state: 'QUEUED' }, data: { state: 'FAILED', error: outcome.reason, pendingToken: null } });
  }
}

export type BatchOptions = { sleep?: (ms: number) => Promise<void>; now?: () => Date };

/**
 * Sends one batch of an alert in one provider call with the idempotency key "<alertId>:<batch>". Rate limits and
 * server errors are retried here (honouring Retry-After), then by the queue with its own backoff (the job throws);
 * a batch the provider rejects for good is recorded as failed.
 */
export async function sendAlertBatch({ alertId, batch }: JobPayloads['send_alert_batch'], options: BatchOptions = {}) {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? (() => new Date());
  const alert = await db.alert.findUnique({
    where: { id: alertId },
    select: { id: true, kind: true, updateId: true, eventId: true, periodStart: true, periodEnd: true },
  });
  if (!alert) return;
  const recipients = await prepareBatch(alertId, batch, now());
  if (!recipients.length) return;
  const emails = await composeAlertEmails(alert, recipients);
  const deliveryIds = recipients.map((recipient) => recipient.deliveryId);
  for (let attempt = 0; ; attempt++) {
    const outcome = await sendEmailBatch(emails, `${alertId}:${batch}`);
    if (outcome.status !== 'retry') return recordOutcome(deliveryIds, outcome, now());
    const waitMs = outcome.afterMs ?? backoffMs(attempt);
    if (attempt >= retriesPerRun || waitMs > longestWaitMs) throw new Error(`alert batch ${alertId}:${batch} not sent yet: ${outcome.reason}`);
    await sleep(waitMs);
  }
}
