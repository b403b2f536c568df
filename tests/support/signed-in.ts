import { hasRole } from '@/lib/auth/roles';
import type { WorkspaceUser } from '@/lib/auth/session';

/**
 * Stands in for lib/auth/session in database tests that run actions through their wrappers, as in the app:
 * `vi.mock('@/lib/auth/session', () => import('../support/signed-in'))`, then set `session.user`.
 */
export const session = { user: null as WorkspaceUser | null };

export async function checkAccess(minimum: WorkspaceUser['role']) {
  const { user } = session;
  if (!user) return { status: 'signed-out' as const };
  return { status: hasRole(user, minimum) ? ('allowed' as const) : ('forbidden' as const), user };
}
