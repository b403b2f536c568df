import 'server-only';
import { revalidatePublicRecord } from '../cache/revalidate';
import { audit } from '../audit/log';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { asJson } from '../audit/diff';
import { publicationTimeoutMs, queuePublicationAlerts } from '../alerts/fanout';

type Tx = Prisma.TransactionClient;
type UpdateRef = { id: string; caseId: string };

/** What a publish-like change did to what the public sees. */
export type PublicationChange = {
  /** Updates that became public: published now, when their schedule came due, or as a correction. */
  published: UpdateRef[];
  /** Updates no longer shown as they were: corrected or retracted. */
  withdrawn: UpdateRef[];
};

/** Refused: the change would leave a case with no published update that gives its status. */
export class StatusWouldBeLost extends Error {
  constructor(readonly caseId: string) {
    super(`case ${caseId} would have no published update giving its status`);
    this.name = 'StatusWouldBeLost';
  }
}

const statusFields = { status: true, releaseKind: true, statusSince: true, statusSincePrecision: true } as const;

/**
 * Sets a case's status, release kind and date from its latest published status-changing update (by the date it
 * happened, then publication), as the seed does. The case row is locked first, so two publications on one case
 * cannot each miss the other's update.
 */
async function recomputeCaseStatus(tx: Tx, caseId: string, actorId: string | null) {
  await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${caseId} FOR UPDATE`;
  const current = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: statusFields });
  const latest = await tx.update.findFirst({
    where: { caseId, state: 'PUBLISHED', status: { not: null } },
    orderBy: [{ occurredOn: 'desc' }, { publishedAt: 'desc' }, { id: 'desc' }],
    select: { status: true, releaseKind: true, occurredOn: true, occurredOnPrecision: true },
  });
  if (!latest?.status) throw new StatusWouldBeLost(caseId);
  const next = {
    status: latest.status,
    releaseKind: latest.status === 'RELEASED' ? latest.releaseKind : null,
    statusSince: latest.occurredOn,
    statusSincePrecision: latest.occurredOnPrecision,
  };
  const unchanged =
    current.status === next.status &&
    current.releaseKind === next.releaseKind &&
    current.statusSince?.getTime() === next.statusSince.getTime() &&
    current.statusSincePrecision === next.statusSincePrecision;
  if (!unchanged) {
    await tx.case.update({ where: { id: caseId }, data: next });
    await audit({ actorId, action: 'case.status', entityType: 'Case', entityId: caseId, before: asJson(current), after: asJson(next) }, tx);
  }
}

/**
 * The one way updates become public or stop being public: `work` makes the change (and its audit entries) in a
 * transaction, and returns what it did, or null when it changed nothing (a stale version). In the same
 * transaction every touched case takes its status from its latest published status-changing update and the
 * alerts to followers are queued (the outbox); once committed, the public pages and feeds are revalidated. Throws StatusWouldBeLost
 * (rolling back) when a case would be left with no published status.
 */
export async function commitPublication(
  actorId: string | null,
  work: (tx: Tx) => Promise<PublicationChange | null>,
): Promise<PublicationChange | null> {
  const committed = await db.$transaction(async (tx) => {
    const change = await work(tx);
    if (!change) return null;
    // In a fixed order, so that concurrent publications lock cases without deadlocking.
    const caseIds = [...new Set([...change.published, ...change.withdrawn].map((update) => update.caseId))].sort();
    for (const caseId of caseIds) await recomputeCaseStatus(tx, caseId, actorId);
    await queuePublicationAlerts(tx, change);
    return change;
  }, { timeout: publicationTimeoutMs });
  if (committed) revalidatePublicRecord();
  return committed;
}

/**
 * Publishes every scheduled update that is due. Safe to run from several processes at once: one UPDATE claims
 * the due rows (skipping rows another run holds), so each update is published exactly once.
 */
export async function publishDueUpdates(now: Date = new Date()): Promise<PublicationChange> {
  const change = await commitPublication(null, async (tx) => {
    const published = await tx.$queryRaw<(UpdateRef & { scheduledFor: Date })[]>`
      UPDATE "Update" AS u
      SET state = 'PUBLISHED', "publishedAt" = ${now}, version = u.version + 1, "updatedAt" = ${now}
      WHERE u.id IN (
        SELECT id FROM "Update"
        WHERE state = 'SCHEDULED' AND "scheduledFor" <= ${now}
        ORDER BY id
        FOR UPDATE SKIP LOCKED
      )
      RETURNING u.id, u."caseId", u."scheduledFor"`;
    for (const update of published) {
      await audit(
        {
          actorId: null,
          action: 'update.publish',
          entityType: 'Update',
          entityId: update.id,
          before: asJson({ state: 'SCHEDULED', scheduledFor: update.scheduledFor }),
          after: asJson({ state: 'PUBLISHED', publishedAt: now }),
        },
        tx,
      );
    }
    return { published: published.map(({ id, caseId }) => ({ id, caseId })), withdrawn: [] };
  });
  return change ?? { published: [], withdrawn: [] };
}
