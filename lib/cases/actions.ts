'use server';

import { getTranslations } from 'next-intl/server';
import { workspaceAction } from '../actions/workspace-action';
import { audit } from '../audit/log';
import { db } from '../db';
import { SafeError } from '../errors';
import { slugNamesProtectedPerson, withUniqueSlug } from '../actions/unique-slug';
import type { Prisma } from '../generated/prisma/client';
import { asJson, auditDiff } from '../audit/diff';
import type { SaveOutcome } from '../updates/outcome';
import { revalidatePublicRecord } from '../cache/revalidate';
import { commitPublication } from '../updates/publish';
import { createCitations, insertUpdate, sourceErrors, updateContentData } from '../updates/write';
import { aliasList, caseCreateSchema, caseEditSchema, type CaseFormValues } from './case.schema';
import { caseCountSchema } from './count.schema';
import { caseConflict, editableCaseSelect } from './editor-queries';

/** The columns the form sets (the status is not among them: only published updates set it). */
function caseColumns(values: CaseFormValues) {
  const orNull = (text: string) => (text === '' ? null : text);
  return {
    kind: values.kind,
    name: values.name,
    slug: values.slug,
    identityProtected: values.identityProtected,
    language: values.language,
    summary: orNull(values.summary),
    role: orNull(values.role),
    organisationId: orNull(values.organisationId),
    campaignId: values.campaignId,
    groupId: values.kind === 'PERSON' ? orNull(values.groupId) : null,
    placeOfDetention: orNull(values.placeOfDetention),
    letterAddress: orNull(values.letterAddress),
    charges: orNull(values.charges),
    sentence: orNull(values.sentence),
    photoUrl: orNull(values.photoUrl),
    flags: values.flags,
  };
}

/** Refuses a taken slug and choices that no longer exist, each beside its field. */
async function checkCaseChoices(values: CaseFormValues, caseId?: string) {
  const columns = caseColumns(values);
  const [slugOwner, namesPerson, campaign, organisation, group, members] = await Promise.all([
    db.case.findUnique({ where: { slug: values.slug }, select: { id: true } }),
    slugNamesProtectedPerson(values.slug, caseId),
    db.campaign.findUnique({ where: { id: columns.campaignId }, select: { id: true } }),
    columns.organisationId ? db.organisation.findUnique({ where: { id: columns.organisationId }, select: { id: true } }) : null,
    columns.groupId ? db.case.findUnique({ where: { id: columns.groupId }, select: { id: true, kind: true } }) : null,
    caseId && values.kind === 'PERSON' ? db.case.count({ where: { groupId: caseId } }) : 0,
  ]);
  const errors: Record<string, string[]> = {};
  if (slugOwner && slugOwner.id !== caseId) errors.slug = ['slugTaken'];
  else if (namesPerson) errors.slug = ['slugNamesProtectedPerson'];
  if (!campaign) errors.campaignId = ['choice'];
  if (columns.organisationId && !organisation) errors.organisationId = ['choice'];
  if (columns.groupId && (!group || group.kind !== 'GROUP' || group.id === caseId)) errors.groupId = ['choice'];
  if (members > 0) errors.kind = ['groupHasMembers'];
  if (Object.keys(errors).length > 0) throw new SafeError((await getTranslations('workspace.errors'))('invalid'), errors);
}

type AuditedCase = Prisma.CaseGetPayload<{ select: typeof editableCaseSelect }>;
const caseRecord = ({ aliases, ...rest }: AuditedCase) => ({ ...rest, aliases: aliases.map((alias) => alias.alias) });

/** Creates a case with its first update, published at once: that update gives the case its status. */
export const createCase = workspaceAction({ role: 'ORGANIZER', schema: caseCreateSchema }, async (input, { user }) => {
  const t = await getTranslations('editing');
  const { firstUpdate, ...values } = input;
  await checkCaseChoices(values);
  const invalidSources = await sourceErrors(firstUpdate.sources, 'firstUpdate.sources');
  if (invalidSources) throw new SafeError(t('errors.sources'), invalidSources);
  const content = updateContentData(firstUpdate);
  let caseId = '';
  await withUniqueSlug(() =>
    commitPublication(user.id, async (tx) => {
      const created = await tx.case.create({
        data: {
          ...caseColumns(values),
          status: firstUpdate.status,
          releaseKind: content.releaseKind,
          statusSince: content.occurredOn,
          statusSincePrecision: content.occurredOnPrecision,
          aliases: { create: aliasList(values.aliases).map((alias) => ({ alias })) },
        },
        select: { id: true, ...editableCaseSelect },
      });
      caseId = created.id;
      const { id: _id, ...record } = created;
      await audit({ actorId: user.id, action: 'case.create', entityType: 'Case', entityId: created.id, after: asJson(caseRecord(record)) }, tx);
      const updateId = await insertUpdate(tx, user.id, created.id, firstUpdate, { state: 'PUBLISHED', scheduledFor: null, publishedAt: new Date() });
      return { published: [{ id: updateId, caseId: created.id }], withdrawn: [] };
    }),
  );
  return { id: caseId };
});

/**
 * Saves the case's fields if nobody changed it since the form was opened (its version); otherwise writes nothing
 * and gives back what is stored now.
 */
export const updateCase = workspaceAction({ role: 'ORGANIZER', schema: caseEditSchema }, async (input, { user }): Promise<SaveOutcome<CaseFormValues>> => {
  const t = await getTranslations('editing');
  const { id, version, ...values } = input;
  await checkCaseChoices(values, id);
  const saved = await withUniqueSlug(() =>
    db.$transaction(async (tx) => {
      const before = await tx.case.findUnique({ where: { id }, select: editableCaseSelect });
      if (!before) return false;
      const { count } = await tx.case.updateMany({ where: { id, version }, data: { ...caseColumns(values), version: { increment: 1 } } });
      if (count === 0) return false;
      const aliases = aliasList(values.aliases);
      await tx.caseAlias.deleteMany({ where: { caseId: id, alias: { notIn: aliases } } });
      await tx.caseAlias.createMany({ data: aliases.map((alias) => ({ caseId: id, alias })), skipDuplicates: true });
      const after = await tx.case.findUniqueOrThrow({ where: { id }, select: editableCaseSelect });
      const diff = auditDiff(caseRecord(before), caseRecord(after));
      await audit({ actorId: user.id, action: 'case.update', entityType: 'Case', entityId: id, ...diff }, tx);
      return true;
    }),
  );
  if (saved) {
    revalidatePublicRecord();
    return { saved: { id, version: version + 1 } };
  }
  const conflict = await caseConflict(id);
  if (!conflict) throw new SafeError(t('errors.caseMissing'));
  return { conflict };
});

/**
 * Adds a group's latest number, after the ones it had: the history of counts is kept, as the public page shows it.
 * Each count rests on at least one quote, checked word for word against its document.
 */
export const addCaseCount = workspaceAction({ role: 'ORGANIZER', schema: caseCountSchema }, async ({ caseId, sources, ...values }, { user }) => {
  const t = await getTranslations('editing');
  const group = await db.case.findUnique({ where: { id: caseId }, select: { kind: true } });
  if (!group) throw new SafeError(t('errors.caseMissing'));
  if (group.kind !== 'GROUP') throw new SafeError(t('errors.countOfPerson'));
  const invalidSources = await sourceErrors(sources);
  if (invalidSources) throw new SafeError(t('errors.sources'), invalidSources);
  const count = {
    count: values.count,
    qualifier: values.qualifier,
    asOf: values.asOf === '' ? null : new Date(`${values.asOf}T00:00:00Z`),
    asOfPrecision: values.asOf === '' ? null : values.asOfPrecision,
  };
  await db.$transaction(async (tx) => {
    // Two counts added at once take the next positions one after the other.
    await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${caseId} FOR UPDATE`;
    const last = await tx.caseCount.findFirst({ where: { caseId }, orderBy: { position: 'desc' }, select: { position: true } });
    const { id } = await tx.caseCount.create({ data: { caseId, ...count, position: (last?.position ?? -1) + 1 }, select: { id: true } });
    const citations = await createCitations(tx, { countId: id }, sources);
    await audit({ actorId: user.id, action: 'case.count', entityType: 'Case', entityId: caseId, after: asJson({ id, ...count, citations }) }, tx);
  });
  revalidatePublicRecord();
});
