import 'server-only';
import { db } from '../db';
import type { UpdateState } from '../generated/prisma/enums';

export async function countUpdatesByState(): Promise<Partial<Record<UpdateState, number>>> {
  const groups = await db.update.groupBy({ by: ['state'], _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.state, group._count._all]));
}
