import 'server-only';
import { db } from '../db';
import { asLocale } from '../updates/editor-queries';
import type { EditConflict } from '../updates/outcome';
import type { CaseFormValues } from './case.schema';

/**
 * Reads for the organizer workspace. Unlike the public reads, these show real names: only signed-in organizers
 * and reviewers reach them (every page checks the role first).
 */

/** Every case, most recently changed first, with how many of its updates are not yet public. */
export async function listCasesForEditing() {
  return db.case.findMany({
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    select: {
      id: true,
      slug: true,
      kind: true,
      name: true,
      identityProtected: true,
      status: true,
      releaseKind: true,
      updatedAt: true,
      campaign: { select: { title: true } },
      _count: { select: { updates: { where: { state: { in: ['DRAFT', 'SCHEDULED'] } } } } },
    },
  });
}

/** The members of a group case, by name, for its editing page. */
export async function listGroupMembersForEditing(groupId: string) {
  return db.case.findMany({
    where: { groupId },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, status: true, releaseKind: true },
  });
}

/** A group's counts as the workspace lists them, oldest first, with how many quotes each rests on. */
export async function listGroupCountsForEditing(groupId: string) {
  return db.caseCount.findMany({
    where: { caseId: groupId },
    orderBy: { position: 'asc' },
    select: { id: true, count: true, qualifier: true, asOf: true, asOfPrecision: true, _count: { select: { citations: true } } },
  });
}

/** The fields organizers edit on a case: what its form holds and what its audit entries record. */
export const editableCaseSelect = {
  kind: true,
  name: true,
  slug: true,
  identityProtected: true,
  language: true,
  summary: true,
  role: true,
  organisationId: true,
  campaignId: true,
  groupId: true,
  placeOfDetention: true,
  letterAddress: true,
  charges: true,
  sentence: true,
  photoUrl: true,
  flags: true,
  aliases: { select: { alias: true }, orderBy: { alias: 'asc' } },
} as const;

const caseFormSelect = {
  ...editableCaseSelect,
  id: true,
  version: true,
  updatedAt: true,
  status: true,
  releaseKind: true,
  statusSince: true,
  statusSincePrecision: true,
} as const;

/** A case as its edit form holds it (empty strings for missing values), with its version and current status. */
export async function getCaseForEditing(id: string) {
  const row = await db.case.findUnique({ where: { id }, select: caseFormSelect });
  if (!row) return null;
  const values: CaseFormValues = {
    kind: row.kind,
    name: row.name,
    slug: row.slug,
    aliases: row.aliases.map((alias) => alias.alias).join('\n'),
    identityProtected: row.identityProtected,
    language: asLocale(row.language),
    summary: row.summary ?? '',
    role: row.role ?? '',
    organisationId: row.organisationId ?? '',
    campaignId: row.campaignId,
    groupId: row.groupId ?? '',
    placeOfDetention: row.placeOfDetention ?? '',
    letterAddress: row.letterAddress ?? '',
    charges: row.charges ?? '',
    sentence: row.sentence ?? '',
    photoUrl: row.photoUrl ?? '',
    flags: row.flags,
  };
  return {
    id: row.id,
    values,
    version: row.version,
    updatedAt: row.updatedAt,
    status: { status: row.status, releaseKind: row.releaseKind, since: row.statusSince, precision: row.statusSincePrecision },
  };
}

/** What is stored now, for a form whose save found the case changed. */
export async function caseConflict(id: string): Promise<EditConflict<CaseFormValues> | null> {
  const stored = await getCaseForEditing(id);
  return stored && { theirs: stored.values, version: stored.version, changedAt: stored.updatedAt.toISOString() };
}

/** The choices of the case form, as value and label: organisations, campaigns and the groups a person may join. */
export async function getCaseFormOptions(excludeCaseId?: string) {
  const [organisations, campaigns, groups] = await Promise.all([
    db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.campaign.findMany({ orderBy: { position: 'asc' }, select: { id: true, title: true } }),
    db.case.findMany({
      where: { kind: 'GROUP', id: excludeCaseId ? { not: excludeCaseId } : undefined },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
  ]);
  return {
    organisations: organisations.map(({ id, name }) => ({ value: id, label: name })),
    campaigns: campaigns.map(({ id, title }) => ({ value: id, label: title })),
    groups: groups.map(({ id, name }) => ({ value: id, label: name })),
  };
}

/** A case's updates in every state, newest first, for its workspace page. */
export async function listCaseUpdatesForEditing(caseId: string) {
  return db.update.findMany({
    where: { caseId },
    orderBy: [{ occurredOn: 'desc' }, { createdAt: 'desc' }],
    select: {
      id: true,
      title: true,
      state: true,
      status: true,
      releaseKind: true,
      occurredOn: true,
      occurredOnPrecision: true,
      scheduledFor: true,
      publishedAt: true,
      updatedAt: true,
      author: { select: { email: true } },
    },
  });
}
