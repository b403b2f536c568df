import 'server-only';
import { db } from '../db';
import type { EditConflict } from '../updates/outcome';
import type { CampaignFormValues } from './campaign.schema';

/** Every campaign, in the order the home page shows them, for the workspace. */
export async function listCampaignsForEditing() {
  return db.campaign.findMany({
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, slug: true, title: true, language: true, position: true, updatedAt: true, _count: { select: { cases: true } } },
  });
}

/** The position that lists a new campaign after all the others. */
export async function nextCampaignPosition() {
  const { _max } = await db.campaign.aggregate({ _max: { position: true } });
  return _max.position === null ? 0 : Math.min(_max.position + 1, 10000);
}

/** A campaign as its form holds it, with its version. */
export async function getCampaignForEditing(id: string) {
  const row = await db.campaign.findUnique({ where: { id }, select: { id: true, slug: true, title: true, summary: true, language: true, position: true, version: true, updatedAt: true } });
  if (!row) return null;
  const values: CampaignFormValues = { title: row.title, summary: row.summary, position: row.position };
  return { id: row.id, slug: row.slug, language: row.language, values, version: row.version, updatedAt: row.updatedAt };
}

/** What is stored now, for a form whose save found the campaign changed. */
export async function campaignConflict(id: string): Promise<EditConflict<CampaignFormValues> | null> {
  const stored = await getCampaignForEditing(id);
  return stored && { theirs: stored.values, version: stored.version, changedAt: stored.updatedAt.toISOString() };
}
