import 'server-only';
import { db } from '../db';
import { asLocale } from '../updates/editor-queries';
import type { EditConflict } from '../updates/outcome';
import type { DemandFormValues } from './demand.schema';

/** Every demand, in the order of its campaign and statement, for the workspace. */
export async function listDemandsForEditing() {
  return db.demand.findMany({
    orderBy: [{ campaign: { position: 'asc' } }, { position: 'asc' }, { id: 'asc' }],
    select: { id: true, slug: true, kind: true, text: true, status: true, updatedAt: true, campaign: { select: { title: true } }, _count: { select: { cases: true } } },
  });
}

const demandFormSelect = {
  id: true,
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
  version: true,
  updatedAt: true,
  cases: { select: { caseId: true }, orderBy: { caseId: 'asc' } },
} as const;

/** A demand as its form holds it (empty strings for missing values), with its version. */
export async function getDemandForEditing(id: string) {
  const row = await db.demand.findUnique({ where: { id }, select: demandFormSelect });
  if (!row) return null;
  const values: DemandFormValues = {
    slug: row.slug,
    text: row.text,
    language: asLocale(row.language),
    kind: row.kind,
    status: row.status,
    progressNote: row.progressNote ?? '',
    campaignId: row.campaignId,
    issuedById: row.issuedById,
    issuedOn: row.issuedOn.toISOString().slice(0, 10),
    issuedOnPrecision: row.issuedOnPrecision,
    caseIds: row.cases.map((link) => link.caseId),
  };
  return { id: row.id, values, version: row.version, updatedAt: row.updatedAt };
}

/** What is stored now, for a form whose save found the demand changed. */
export async function demandConflict(id: string): Promise<EditConflict<DemandFormValues> | null> {
  const stored = await getDemandForEditing(id);
  return stored && { theirs: stored.values, version: stored.version, changedAt: stored.updatedAt.toISOString() };
}

/** The choices of the demand form: campaigns, issuing organisations and the cases it may concern. */
export async function getDemandFormOptions() {
  const [campaigns, organisations, cases] = await Promise.all([
    db.campaign.findMany({ orderBy: { position: 'asc' }, select: { id: true, title: true } }),
    db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.case.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  return {
    campaigns: campaigns.map(({ id, title }) => ({ value: id, label: title })),
    organisations: organisations.map(({ id, name }) => ({ value: id, label: name })),
    cases: cases.map(({ id, name }) => ({ value: id, label: name })),
  };
}
