import 'server-only';
import type { Prisma } from '../generated/prisma/client';

export const invitationLifetimeDays = 7;

export function invitationExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + invitationLifetimeDays * 24 * 60 * 60 * 1000);
}

/** An invitation that still lets its address sign in for the first time. */
export function pendingInvitationWhere(now: Date) {
  return { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } satisfies Prisma.InvitationWhereInput;
}

/**
 * The ids of the active admins, locked until the transaction ends: two admins demoting or disabling each other
 * at the same moment then count one after the other, so the workspace always keeps an admin.
 */
export async function lockActiveAdminIds(tx: Prisma.TransactionClient): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** Serialises invitations of one address, so two admins inviting it at once cannot both pass the duplicate check. */
export async function lockAddress(tx: Prisma.TransactionClient, email: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${email}))`;
}
