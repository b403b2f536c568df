import 'server-only';
import { getLocale } from 'next-intl/server';
import { redirect } from '../i18n/navigation';
import type { Role } from './roles';
import { checkAccess, type WorkspaceUser } from './session';

/**
 * For workspace pages: the signed-in user with at least `minimum`, a redirect to sign-in for visitors, or
 * `{ forbidden }` for a signed-in user whose role is too low (the page then shows why).
 */
export async function pageAccess(minimum: Role): Promise<{ user: WorkspaceUser; forbidden: boolean }> {
  const access = await checkAccess(minimum);
  if (access.status === 'signed-out') return redirect({ href: '/admin/sign-in', locale: await getLocale() });
  return { user: access.user, forbidden: access.status === 'forbidden' };
}
