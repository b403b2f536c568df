import 'server-only';
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { suppressedAddress } from '../suppressions/suppressions';
import { followsCase, followsEvent, inDigest, reachable } from './fanout';

/** The alerts a workspace page reports on: those of one update (published, corrected, retracted) or of one action. */
export type AlertSubject = { updateId: string } | { eventId: string };
export type ReportedAlertKind = 'UPDATE' | 'CORRECTION' | 'RETRACTION' | 'EVENT';

export type AlertDeliveryCounts = {
  alertId: string;
  kind: ReportedAlertKind;
  createdAt: Date;
  /** Every delivery of the alert: the followers it was meant for. */
  followers: number;
  queued: number;
  sent: number;
  failed: number;
  skipped: number;
  /** Emails of the alert that the provider reported as bounced for good. */
  bounced: number;
  /** Emails of the alert that their recipient marked as spam. */
  complained: number;
  /** Deliveries whose address bounced for good or complained (with this alert or another), whatever their state. */
  suppressed: number;
  /**
   * Of a publication or an announcement (null for the others): weekly followers, as they follow it now, whose digest
   * lists it (the digest whose period it fell in, or the next one).
   */
  weekly: number | null;
  /** Of a publication or an announcement: instant followers, as they follow it now, not emailed as their address was already suppressed. */
  suppressedBefore: number | null;
};

/** The end of the digest period an alert fell in: of the digest queued since, else of the next one (as of now). */
const digestPeriodEnd = `COALESCE((SELECT MIN(digest."periodEnd") FROM "Alert" digest WHERE digest.kind = 'DIGEST' AND digest."periodEnd" >= a."createdAt"), now() AT TIME ZONE 'UTC')`;

/** Instant followers s, confirmed before alert a, whose address was suppressed by then, and so were not given a delivery. */
const suppressedWhenQueued = `s.frequency = 'INSTANT' AND s.state = 'CONFIRMED' AND s."confirmedAt" < a."createdAt"
  AND EXISTS (SELECT 1 FROM "Suppression" sup WHERE sup.email = s.email AND sup."createdAt" <= a."createdAt")
  AND NOT EXISTS (SELECT 1 FROM "Delivery" d WHERE d."alertId" = a.id AND d."subscriberId" = s.id)`;

/** Counts subscribers s matching `where` for the update or event of alert a (null for corrections and retractions). */
const followersOfSubject = (updateWhere: string, eventWhere: string) =>
  Prisma.raw(`CASE a.kind
    WHEN 'UPDATE' THEN (SELECT COUNT(*)::int FROM "Subscriber" s, "Update" u JOIN "Case" c ON c.id = u."caseId" WHERE u.id = a."updateId" AND ${updateWhere})
    WHEN 'EVENT' THEN (SELECT COUNT(*)::int FROM "Subscriber" s, "ActionEvent" e WHERE e.id = a."eventId" AND ${eventWhere})
  END`);

/** How far each alert of an update or an action has been sent, oldest alert first: one grouped query. */
export async function getAlertDeliveryCounts(subject: AlertSubject): Promise<AlertDeliveryCounts[]> {
  const matchesSubject =
    'updateId' in subject
      ? Prisma.sql`a."updateId" = ${subject.updateId} AND a.kind IN ('UPDATE', 'CORRECTION', 'RETRACTION')`
      : Prisma.sql`a."eventId" = ${subject.eventId} AND a.kind = 'EVENT'`;
  return db.$queryRaw<AlertDeliveryCounts[]>`
    SELECT a.id AS "alertId", a.kind::text AS kind, a."createdAt",
      COUNT(d.id)::int AS followers,
      COUNT(d.id) FILTER (WHERE d.state = 'QUEUED')::int AS queued,
      COUNT(d.id) FILTER (WHERE d.state = 'SENT')::int AS sent,
      COUNT(d.id) FILTER (WHERE d.state = 'FAILED')::int AS failed,
      COUNT(d.id) FILTER (WHERE d.state = 'SKIPPED')::int AS skipped,
      COUNT(d.id) FILTER (WHERE d."bouncedAt" IS NOT NULL)::int AS bounced,
      COUNT(d.id) FILTER (WHERE d."complainedAt" IS NOT NULL)::int AS complained,
      COUNT(d.id) FILTER (WHERE ${suppressedAddress(Prisma.raw('s.email'))})::int AS suppressed,
      ${followersOfSubject(
        `s.frequency = 'WEEKLY' AND ${reachable} AND ${inDigest.update(`'-infinity'`, digestPeriodEnd)}`,
        `s.frequency = 'WEEKLY' AND ${reachable} AND ${inDigest.event(`'-infinity'`, digestPeriodEnd)}`,
      )} AS weekly,
      ${followersOfSubject(`${suppressedWhenQueued} AND ${followsCase}`, `${suppressedWhenQueued} AND ${followsEvent}`)} AS "suppressedBefore"
    FROM "Alert" a
    LEFT JOIN "Delivery" d ON d."alertId" = a.id
    LEFT JOIN "Subscriber" s ON s.id = d."subscriberId"
    WHERE ${matchesSubject}
    GROUP BY a.id
    ORDER BY a."createdAt", a.id`;
}
