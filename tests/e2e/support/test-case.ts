import type { Db } from '../../../lib/prisma-client';
import { revalidatePublicPages } from './page-cache';

/** A case of the January 2022 campaign, detained since 10 January 2022, with that one published update. */
export async function createDetainedCase(db: Db, slug: string, name: string) {
  const since = new Date('2022-01-10T00:00:00Z');
  const created = await db.case.create({
    data: {
      slug,
      kind: 'PERSON',
      name,
      campaignId: 'january-2022',
      summary: 'Résumé initial.',
      status: 'DETAINED',
      statusSince: since,
      statusSincePrecision: 'DAY',
      updates: { create: [{ title: 'Arrêté', body: 'Arrêté à Aktaou.', occurredOn: since, occurredOnPrecision: 'DAY', state: 'PUBLISHED', status: 'DETAINED', publishedAt: new Date() }] },
    },
    select: { id: true, slug: true, name: true, updates: { select: { id: true } } },
  });
  await revalidatePublicPages();
  return created;
}
