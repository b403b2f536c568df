import 'server-only';
import { db } from '../db';
import { pendingInvitationWhere } from './rules';

/** Everyone who has signed in, active accounts first. Nobody is deleted, so disabled accounts stay listed. */
export async function listUsers() {
  const users = await db.user.findMany({
    orderBy: { email: 'asc' },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
  });
  return users.sort((a, b) => Number(a.disabledAt !== null) - Number(b.disabledAt !== null));
}

export async function listPendingInvitations(now = new Date()) {
  return db.invitation.findMany({
    where: pendingInvitationWhere(now),
    orderBy: { createdAt: 'desc' },
    select: { id: true, email: true, role: true, expiresAt: true, invitedBy: { select: { email: true } } },
  });
}
