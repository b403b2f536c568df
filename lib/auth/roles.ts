import type { Role } from '../generated/prisma/enums';

export type { Role };

/** Each role can do everything of the roles below it. */
const rank: Record<Role, number> = { REVIEWER: 1, ORGANIZER: 2, ADMIN: 3 };

export const roles = Object.keys(rank) as Role[];

export function hasRole(user: { role: Role }, minimum: Role): boolean {
  return rank[user.role] >= rank[minimum];
}
