'use server';

import { revalidatePublicRecord } from '../cache/revalidate';
import { getTranslations } from 'next-intl/server';
import { workspaceAction } from '../actions/workspace-action';
import { audit } from '../audit/log';
import { db } from '../db';
import { SafeError } from '../errors';
import { slugNamesProtectedPerson, withUniqueSlug } from '../actions/unique-slug';
import type { Prisma } from '../generated/prisma/client';
import { asJson, auditDiff } from '../audit/diff';
import type { SaveOutcome } from '../updates/outcome';
import { demandCreateSchema, demandEditSchema, type DemandFormValues } from './demand.schema';
import { demandConflict } from './editor-queries';

function demandColumns(values: DemandFormValues) {
  return {
    slug: values.slug,
    text: values.text,
    language: values.language,
    kind: values.kind,
    status: values.status,
    progressNote: values.progressNote === '' ? null : values.progressNote,
    campaignId: values.campaignId,
    issuedById: values.issuedById,
    issuedOn: new Date(`${values.issuedOn}T00:00:00Z`),
    issuedOnPrecision: values.issuedOnPrecision,
  };
}

/** Refuses a taken slug and choices that no longer exist, each beside its field. */
async function checkDemandChoices(values: DemandFormValues, demandId?: string) {
  const caseIds = [...new Set(values.caseIds)];
  const [slugOwner, namesPerson, campaign, issuer, cases] = await Promise.all([
    db.demand.findUnique({ where: { slug: values.slug }, select: { id: true } }),
    slugNamesProtectedPerson(values.slug),
    db.campaign.findUnique({ where: { id: values.campaignId }, select: { id: true } }),
    db.organisation.findUnique({ where: { id: values.issuedById }, select: { id: true } }),
    db.case.count({ where: { id: { in: caseIds } } }),
  ]);
  const errors: Record<string, string[]> = {};
  if (slugOwner && slugOwner.id !== demandId) errors.slug = ['slugTaken'];
  else if (namesPerson) errors.slug = ['slugNamesProtectedPerson'];
  if (!campaign) errors.campaignId = ['choice'];
  if (!issuer) errors.issuedById = ['choice'];
  if (cases !== caseIds.length) errors.caseIds = ['choice'];
  if (Object.keys(errors).length > 0) throw new SafeError((await getTranslations('workspace.errors'))('invalid'), errors);
}

const auditedDemandSelect = {
  slug: true,
  text: true,
  language: true,
  kind: true,
  status: true,
  progressNote: true,
  campaignId: true,
  issuedById: true,
  issuedOn: true,
  issuedOnPrecision: true,
  cases: { select: { case: { select: { id: true, slug: true } } }, orderBy: { caseId: 'asc' } },
} as const;

type AuditedDemand = Prisma.DemandGetPayload<{ select: typeof auditedDemandSelect }>;
const demandRecord = ({ cases, ...rest }: AuditedDemand) => ({ ...rest, caseIds: cases.map((link) => link.case.id) });

export const createDemand = workspaceAction({ role: 'ORGANIZER', schema: demandCreateSchema }, async (values, { user }) => {
  await checkDemandChoices(values);
  const created = await withUniqueSlug(() =>
    db.$transaction(async (tx) => {
      const row = await tx.demand.create({
        data: { ...demandColumns(values), cases: { create: [...new Set(values.caseIds)].map((caseId) => ({ caseId })) } },
        select: { id: true, ...auditedDemandSelect },
      });
      const { id, ...record } = row;
      await audit({ actorId: user.id, action: 'demand.create', entityType: 'Demand', entityId: id, after: asJson(demandRecord(record)) }, tx);
      return row;
    }),
  );
  revalidatePublicRecord();
  return { id: created.id };
});

/**
 * Saves the demand if nobody changed it since the form was opened (its version); otherwise writes nothing and
 * gives back what is stored now.
 */
export const updateDemand = workspaceAction({ role: 'ORGANIZER', schema: demandEditSchema }, async (input, { user }): Promise<SaveOutcome<DemandFormValues>> => {
  const { id, version, ...values } = input;
  await checkDemandChoices(values, id);
  const saved = await withUniqueSlug(() =>
    db.$transaction(async (tx) => {
      const before = await tx.demand.findUnique({ where: { id }, select: auditedDemandSelect });
      if (!before) return false;
      const { count } = await tx.demand.updateMany({ where: { id, version }, data: { ...demandColumns(values), version: { increment: 1 } } });
      if (count === 0) return false;
      const caseIds = [...new Set(values.caseIds)];
      await tx.demandCase.deleteMany({ where: { demandId: id, caseId: { notIn: caseIds } } });
      await tx.demandCase.createMany({ data: caseIds.map((caseId) => ({ demandId: id, caseId })), skipDuplicates: true });
      const after = await tx.demand.findUniqueOrThrow({ where: { id }, select: auditedDemandSelect });
      await audit({ actorId: user.id, action: 'demand.update', entityType: 'Demand', entityId: id, ...auditDiff(demandRecord(before), demandRecord(after)) }, tx);
      return true;
    }),
  );
  if (saved) {
    revalidatePublicRecord();
    return { saved: { id, version: version + 1 } };
  }
  const conflict = await demandConflict(id);
  if (!conflict) throw new SafeError((await getTranslations('records'))('demands.missing'));
  return { conflict };
});
