import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { idempotencyWindowMs, sendEmailBatch, type BatchOutcome, type OutgoingEmail } from '../email/send';
import { newToken, tokenLifetimeMs } from '../subscriptions/tokens';
import { composeAlertEmails, type Recipient } from './compose';
import { carriesUpdateContent, reachable } from './fanout';
import { addJob, type JobPayloads } from './jobs';

type BatchRow = { id: bigint; subscriberId: string; email: string; locale: string; tokenId: string | null; sendable: boolean };
type FrozenBatch = { emails: OutgoingEmail[]; deliveryIds: bigint[]; firstAttemptAt: Date | null };

/** Retries of a refused call inside one run before the job is handed back to the queue's own backoff. */
const retriesPerRun = 4;
const backoffMs = (attempt: number) => Math.min(30_000, 1_000 * 2 ** attempt);
/** A longer Retry-After (a daily quota spent) queues the batch again for then rather than hold a worker's slot. */
const longestWaitMs = 60_000;
/**
 * The error recorded on the deliveries of a batch not known to be accepted an idempotency window after its first
 * call (whose answer was lost): sent again, it could be mailed twice. Shown as failed: whether it went out is unknown.
 */
export const unconfirmedReason = 'unconfirmed: the email service did not confirm this batch within 23 hours; it may have been delivered, so it is not sent again';

/**
 * Fixes who a batch goes to, once: queued deliveries whose subscriber left or whose address was suppressed, or
 * whose update has since been corrected or retracted, are skipped; the others get their preferences token (only
 * its hash is stored: the raw token lives in the frozen batch alone). A delivery given a token already, by a run
 * that stopped before freezing its batch, gets a new one: nothing of that run was sent.
 */
async function prepareBatch(alertId: string, batch: number, now: Date): Promise<Recipient[]> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<BatchRow[]>`
      SELECT d.id, d."subscriberId", s.email, s.locale, d."tokenId",
        (${Prisma.raw(reachable)} AND (d."tokenId" IS NOT NULL OR NOT EXISTS (
          SELECT 1 FROM "Alert" a JOIN "Update" u ON u.id = a."updateId"
          WHERE a.id = d."alertId" AND ${Prisma.raw(carriesUpdateContent)} AND u.state <> 'PUBLISHED'))) AS sendable
      FROM "Delivery" d JOIN "Subscriber" s ON s.id = d."subscriberId"
      WHERE d."alertId" = ${alertId} AND d.batch = ${batch} AND d.state = 'QUEUED'
      ORDER BY d.id
      FOR UPDATE OF d`;
    const unsent = rows.flatMap((row) => (row.tokenId ? [row.tokenId] : []));
    if (unsent.length) await tx.subscriberToken.deleteMany({ where: { id: { in: unsent } } });
    const skipped = rows.filter((row) => !row.sendable).map((row) => row.id);
    const tokens = rows.filter((row) => row.sendable).map((row) => ({ row, id: randomUUID(), ...newToken() }));
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
        UPDATE "Delivery" d SET "tokenId" = t.id
        FROM unnest(${tokens.map(({ row }) => row.id)}::bigint[], ${tokens.map(({ id }) => id)}::text[]) AS t(delivery, id)
        WHERE d.id = t.delivery`;
    }
    return tokens.map(({ row, raw }) => ({ deliveryId: row.id, subscriberId: row.subscriberId, email: row.email, locale: row.locale, token: raw }));
  });
}

/** The batch as frozen by its first run, or null when none froze it yet; `emails` is null once the provider answered for good. */
async function frozenBatch(alertId: string, batch: number) {
  const found = await db.alertBatch.findUnique({ where: { alertId_batch: { alertId, batch } }, select: { emails: true, deliveryIds: true, firstAttemptAt: true } });
  return found && { ...found, emails: found.emails as OutgoingEmail[] | null };
}

/** Keeps the exact emails of a batch for every retry; should two runs race, the first to freeze it wins. */
async function freeze(alertId: string, batch: number, emails: OutgoingEmail[], deliveryIds: bigint[]): Promise<FrozenBatch> {
  const { count } = await db.alertBatch.createMany({ data: [{ alertId, batch, emails, deliveryIds }], skipDuplicates: true });
  // Frozen by this run: what it holds is what was just written, so the megabytes of emails are not read back.
  return count === 1 ? { emails, deliveryIds, firstAttemptAt: null } : ((await frozenBatch(alertId, batch)) as FrozenBatch);
}

/**
 * A frozen batch that no call may have reached the provider with can still change: emails to subscribers no longer
 * reachable (gone, unsubscribed, suppressed since) are dropped and their deliveries skipped. Once a call may have
 * been taken, the batch is sent exactly as it was: any change would make the provider refuse the retry (or, were
 * the key forgotten, mail everyone in it twice).
 */
async function dropUnreachable(alertId: string, batch: number, frozen: FrozenBatch): Promise<FrozenBatch> {
  if (frozen.firstAttemptAt) return frozen;
  const kept = await db.$queryRaw<{ id: bigint }[]>`
    SELECT d.id FROM "Delivery" d JOIN "Subscriber" s ON s.id = d."subscriberId"
    WHERE d.id = ANY(${frozen.deliveryIds}::bigint[]) AND d.state = 'QUEUED' AND ${Prisma.raw(reachable)}`;
  const keptIds = new Set(kept.map((row) => row.id));
  if (keptIds.size === frozen.deliveryIds.length) return frozen;
  const keep = frozen.deliveryIds.map((id) => keptIds.has(id));
  const emails = frozen.emails.filter((_, index) => keep[index]);
  const deliveryIds = frozen.deliveryIds.filter((_, index) => keep[index]);
  await db.$transaction([
    db.delivery.updateMany({ where: { id: { in: frozen.deliveryIds.filter((id) => !keptIds.has(id)) }, state: 'QUEUED' }, data: { state: 'SKIPPED' } }),
    db.alertBatch.update({ where: { alertId_batch: { alertId, batch } }, data: { emails: emails.length ? emails : Prisma.DbNull, deliveryIds } }),
  ]);
  return { ...frozen, emails, deliveryIds };
}

/**
 * Records the provider's last word on the batch (each email sent, or failed with the reason it refused it alone)
 * and drops its frozen emails (they carry link tokens in clear).
 */
async function recordOutcome(alertId: string, batch: number, deliveryIds: bigint[], outcome: Exclude<BatchOutcome, { status: 'retry' }>, now: Date) {
  let record;
  if (outcome.status === 'sent') {
    const refusals: (string | null)[] = deliveryIds.map(() => null);
    for (const { index, reason } of outcome.refused) refusals[index] = reason;
    record = db.$executeRaw`
      UPDATE "Delivery" d SET state = (CASE WHEN t.refusal IS NULL THEN 'SENT' ELSE 'FAILED' END)::"DeliveryState",
        "sentAt" = CASE WHEN t.refusal IS NULL THEN ${now}::timestamp END, "providerId" = t.provider, error = t.refusal
      FROM unnest(${deliveryIds}::bigint[], ${outcome.providerIds}::text[], ${refusals}::text[]) AS t(delivery, provider, refusal)
      WHERE d.id = t.delivery AND d.state = 'QUEUED'`;
  } else record = db.delivery.updateMany({ where: { id: { in: deliveryIds }, state: 'QUEUED' }, data: { state: 'FAILED', error: outcome.reason } });
  await db.$transaction([record, db.alertBatch.update({ where: { alertId_batch: { alertId, batch } }, data: { emails: Prisma.DbNull } })]);
}

/** Notes when a call that may reach the provider is first made, or forgets it when the provider read none of it. */
async function noteFirstAttempt(alertId: string, batch: number, at: Date | null) {
  await db.alertBatch.update({ where: { alertId_batch: { alertId, batch } }, data: { firstAttemptAt: at } });
}

export type BatchOptions = { sleep?: (ms: number) => Promise<void>; now?: () => Date };

/**
 * Sends one batch of an alert in one provider call with the idempotency key "<alertId>:<batch>". Its first run
 * freezes the emails; every retry sends those very emails, so the provider recognises the repeat whatever changed
 * since. Rate limits and server errors are retried here (honouring Retry-After); a longer Retry-After queues the job
 * again for then; a provider still failing leaves the retries to the queue's backoff (the job throws). A batch the
 * provider rejects for good is recorded as failed, and so is one whose first call is too old to be repeated safely.
 */
export async function sendAlertBatch({ alertId, batch }: JobPayloads['send_alert_batch'], options: BatchOptions = {}) {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? (() => new Date());
  let frozen = await frozenBatch(alertId, batch);
  if (!frozen) {
    const alert = await db.alert.findUnique({
      where: { id: alertId },
      select: { id: true, kind: true, updateId: true, eventId: true, periodStart: true, periodEnd: true },
    });
    if (!alert) return;
    const recipients = await prepareBatch(alertId, batch, now());
    if (!recipients.length) return;
    const emails = await composeAlertEmails(alert, recipients);
    frozen = await freeze(alertId, batch, emails, recipients.map((recipient) => recipient.deliveryId));
  } else if (frozen.emails) {
    frozen = await dropUnreachable(alertId, batch, frozen as FrozenBatch);
  }
  if (!frozen.emails?.length) return;
  const { emails, deliveryIds } = frozen;
  let { firstAttemptAt } = frozen;
  for (let attempt = 0; ; attempt++) {
    if (firstAttemptAt && now().getTime() - firstAttemptAt.getTime() > idempotencyWindowMs) {
      return recordOutcome(alertId, batch, deliveryIds, { status: 'rejected', reason: unconfirmedReason }, now());
    }
    const firstCall = !firstAttemptAt;
    if (firstCall) await noteFirstAttempt(alertId, batch, (firstAttemptAt = now()));
    const outcome = await sendEmailBatch(emails, `${alertId}:${batch}`);
    if (outcome.status !== 'retry') return recordOutcome(alertId, batch, deliveryIds, outcome, now());
    if (firstCall && !outcome.mayHaveBeenSent) await noteFirstAttempt(alertId, batch, (firstAttemptAt = null));
    const waitMs = outcome.afterMs ?? backoffMs(attempt);
    if (waitMs > longestWaitMs) {
      await addJob(db, 'send_alert_batch', { alertId, batch }, `${alertId}:${batch}`, new Date(now().getTime() + waitMs));
      return;
    }
    if (attempt >= retriesPerRun) throw new Error(`alert batch ${alertId}:${batch} not sent yet: ${outcome.reason}`);
    await sleep(waitMs);
  }
}
