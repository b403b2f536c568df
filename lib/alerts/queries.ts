import 'server-only';
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { suppressedAddress } from '../suppressions/suppressions';

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
};

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
      COUNT(d.id) FILTER (WHERE ${suppressedAddress(Prisma.raw('s.email'))})::int AS suppressed
    FROM "Alert" a
    LEFT JOIN "Delivery" d ON d."alertId" = a.id
    LEFT JOIN "Subscriber" s ON s.id = d."subscriberId"
    WHERE ${matchesSubject}
    GROUP BY a.id
    ORDER BY a."createdAt", a.id`;
}
