'use server';

import { getTranslations } from 'next-intl/server';
import { workspaceAction } from '../actions/workspace-action';
import { refuseSlugNamingProtectedPerson, withUniqueSlug } from '../actions/unique-slug';
import { asJson, auditDiff } from '../audit/diff';
import { audit } from '../audit/log';
import { revalidatePublicRecord } from '../cache/revalidate';
import { db } from '../db';
import { SafeError } from '../errors';
import type { SaveOutcome } from '../updates/outcome';
import { campaignCreateSchema, campaignEditSchema, type CampaignFormValues } from './campaign.schema';
import { campaignConflict } from './editor-queries';

const auditedCampaignSelect = { title: true, summary: true, position: true } as const;

/**
 * A new campaign, listed on the public pages at once; a slug another campaign has, or one that spells a protected
 * person's name, is refused beside its field.
 */
export const createCampaign = workspaceAction({ role: 'ORGANIZER', schema: campaignCreateSchema }, async (values, { user }) => {
  await refuseSlugNamingProtectedPerson(values.slug);
  const created = await withUniqueSlug(() =>
    db.$transaction(async (tx) => {
      const { id, ...record } = await tx.campaign.create({ data: values, select: { id: true, slug: true, language: true, ...auditedCampaignSelect } });
      await audit({ actorId: user.id, action: 'campaign.create', entityType: 'Campaign', entityId: id, after: asJson(record) }, tx);
      return { id };
    }),
  );
  revalidatePublicRecord();
  return created;
});

/**
 * Saves the campaign if nobody changed it since the form was opened (its version); otherwise writes nothing and
 * gives back what is stored now.
 */
export const updateCampaign = workspaceAction({ role: 'ORGANIZER', schema: campaignEditSchema }, async (input, { user }): Promise<SaveOutcome<CampaignFormValues>> => {
  const { id, version, ...values } = input;
  const saved = await db.$transaction(async (tx) => {
    const before = await tx.campaign.findUnique({ where: { id }, select: auditedCampaignSelect });
    if (!before) return false;
    const { count } = await tx.campaign.updateMany({ where: { id, version }, data: { ...values, version: { increment: 1 } } });
    if (count === 0) return false;
    const after = await tx.campaign.findUniqueOrThrow({ where: { id }, select: auditedCampaignSelect });
    await audit({ actorId: user.id, action: 'campaign.update', entityType: 'Campaign', entityId: id, ...auditDiff(before, after) }, tx);
    return true;
  });
  if (saved) {
    revalidatePublicRecord();
    return { saved: { id, version: version + 1 } };
  }
  const conflict = await campaignConflict(id);
  if (!conflict) throw new SafeError((await getTranslations('records'))('campaigns.missing'));
  return { conflict };
});
