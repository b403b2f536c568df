import 'server-only';
import { db } from '../db';

export async function listCampaigns() {
  return db.campaign.findMany({
    orderBy: { position: 'asc' },
    select: { slug: true, title: true, summary: true, _count: { select: { cases: true } } },
  });
}
