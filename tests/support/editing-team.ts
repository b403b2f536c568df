import type { WorkspaceUser } from '@/lib/auth/session';
import type { Db } from '../../lib/prisma-client';

/** Who the editing tests sign in as: an organizer, a colleague who saves first, and a reviewer who may only read. */
export async function createEditingTeam(db: Db) {
  const user = async (email: string, role: WorkspaceUser['role']): Promise<WorkspaceUser> => {
    const row = await db.user.create({ data: { email, role } });
    return { id: row.id, email, name: null, role };
  };
  return { organizer: await user('organizer@example.org', 'ORGANIZER'), colleague: await user('colleague@example.org', 'ORGANIZER'), reviewer: await user('reviewer@example.org', 'REVIEWER') };
}
