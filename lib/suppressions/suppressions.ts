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

/**
 * Records a provider's event once: its id is the key, so a replay (even one arriving while the first is still
 * being written) changes nothing. Returns false for a replay.
 */
export async function recordSuppressions(event: ProviderEvent, addresses: string[], reason: SuppressionReason): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookEvent.createMany({ data: [event], skipDuplicates: true });
    if (count === 0) return false;
    const emails = [...new Set(addresses.map(normalizeAddress))];
    await tx.suppression.createMany({ data: emails.map((email) => ({ email, reason })), skipDuplicates: true });
    return true;
  });
}
