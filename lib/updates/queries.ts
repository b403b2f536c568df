import 'server-only';
import { db } from '../db';
import { publicName } from '../cases/identity';

/** The most recently published timeline entries across all cases. */
export async function latestUpdates(limit = 10) {
  const updates = await db.update.findMany({
    where: { state: 'PUBLISHED' },
    orderBy: [{ publishedAt: 'desc' }, { occurredOn: 'desc' }],
    take: limit,
    select: {
      id: true,
      title: true,
      occurredOn: true,
      occurredOnPrecision: true,
      status: true,
      releaseKind: true,
      case: { select: { slug: true, name: true, identityProtected: true } },
    },
  });
  return updates.map(({ case: subject, ...update }) => ({
    ...update,
    case: { slug: subject.slug, name: publicName(subject) },
  }));
}
