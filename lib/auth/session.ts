import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { db } from '../db';
import { authOptions } from './options';
import { hasRole, type Role } from './roles';

export type WorkspaceUser = { id: string; email: string; name: string | null; role: Role };

/** The signed-in user, read fresh from the database (a disabled user or changed role counts at once). */
export const getCurrentUser = cache(async (): Promise<WorkspaceUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, disabledAt: true } });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

export type Access = { status: 'signed-out' } | { status: 'forbidden'; user: WorkspaceUser } | { status: 'allowed'; user: WorkspaceUser };

export async function checkAccess(minimum: Role): Promise<Access> {
  const user = await getCurrentUser();
  if (!user) return { status: 'signed-out' };
  return hasRole(user, minimum) ? { status: 'allowed', user } : { status: 'forbidden', user };
}
