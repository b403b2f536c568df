import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import type { Role } from '../generated/prisma/enums';
import { db } from '../db';
import { env } from '../env';
import { pendingInvitationWhere } from '../people/rules';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** The app's client, or the transaction an invitation is claimed in. */
type InvitationClient = Pick<typeof db, 'invitation'> | Prisma.TransactionClient;

async function pendingInvitation(email: string, client: InvitationClient = db) {
  return client.invitation.findFirst({
    where: { email, ...pendingInvitationWhere(new Date()) },
    orderBy: { createdAt: 'desc' },
    select: { id: true, role: true },
  });
}

/** Whether this address may receive a sign-in link: an active user, a bootstrap admin or an invitee. */
export async function maySignIn(email: string): Promise<boolean> {
  const address = normalizeEmail(email);
  const user = await db.user.findUnique({ where: { email: address }, select: { disabledAt: true } });
  if (user) return user.disabledAt === null;
  return env.ADMIN_EMAILS.includes(address) || (await pendingInvitation(address)) !== null;
}

/**
 * The role a first sign-in gets (ADMIN_EMAILS, else the pending invitation, which it accepts); null: refused. Pass
 * the transaction that creates the user, so that the invitation stays pending if that fails.
 */
export async function claimRoleForNewUser(email: string, client: InvitationClient = db): Promise<Role | null> {
  const address = normalizeEmail(email);
  if (env.ADMIN_EMAILS.includes(address)) return 'ADMIN';
  const invitation = await pendingInvitation(address, client);
  if (!invitation) return null;
  await client.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
  return invitation.role;
}
