import 'server-only';
import { db } from '../db';
import { Prisma, type SuppressionReason } from '../generated/prisma/client';

/** Suppression rows hold addresses lower-cased; every comparison goes through this. */
export const normalizeAddress = (email: string) => email.trim().toLowerCase();

/** Whether an address bounced for good or complained: such an address is never sent to again. */
export async function isSuppressed(email: string): Promise<boolean> {
  const found = await db.suppression.findUnique({ where: { email: normalizeAddress(email) }, select: { email: true } });
  return found !== null;
}

/**
 * SQL that is true when the lower-cased address in `emailColumn` is suppressed, for raw queries that choose whom
 * to send to or count who was not reached: `WHERE NOT ${suppressedAddress(Prisma.raw('s.email'))}`.
 */
export const suppressedAddress = (emailColumn: Prisma.Sql) => Prisma.sql`EXISTS (SELECT 1 FROM "Suppression" sup WHERE sup.email = ${emailColumn})`;

export type ProviderEvent = { id: string; type: string };

/** A provider's report on one email it sent (its id, when known): it bounced for good, or its recipients complained. */
export type ProviderReport = { reason: SuppressionReason; addresses: string[]; emailId?: string };

/**
 * Records a provider's report once: the event's id is the key, so a replay (even one arriving while the first is
 * still being written) changes nothing. The addresses are suppressed, and the alert delivery that was this email
 * records when it bounced or was complained of. Returns how many deliveries that marked, or null for a replay.
 */
export async function recordProviderReport(event: ProviderEvent, { reason, addresses, emailId }: ProviderReport): Promise<number | null> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookEvent.createMany({ data: [event], skipDuplicates: true });
    if (count === 0) return null;
    const emails = [...new Set(addresses.map(normalizeAddress))];
    await tx.suppression.createMany({ data: emails.map((email) => ({ email, reason })), skipDuplicates: true });
    if (!emailId) return 0;
    const reportedAt = reason === 'BOUNCED' ? 'bouncedAt' : 'complainedAt';
    const marked = await tx.delivery.updateMany({ where: { providerId: emailId, [reportedAt]: null }, data: { [reportedAt]: new Date() } });
    return marked.count;
  });
}
