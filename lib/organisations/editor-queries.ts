import 'server-only';
import { db } from '../db';
import type { EditConflict } from '../updates/outcome';
import type { OrganisationFormValues } from './organisation.schema';

/** Every organisation by name, with how many statements, cases, demands and actions name it, for the workspace. */
export async function listOrganisationsForEditing() {
  return db.organisation.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, slug: true, name: true, country: true, updatedAt: true, _count: { select: { documents: true, cases: true, demands: true, events: true } } },
  });
}

/** An organisation as its form holds it (aliases one per line, empty strings for missing values), with its version. */
export async function getOrganisationForEditing(id: string) {
  const row = await db.organisation.findUnique({ where: { id }, select: { id: true, slug: true, name: true, aliases: true, country: true, version: true, updatedAt: true } });
  if (!row) return null;
  const values: OrganisationFormValues = { name: row.name, slug: row.slug, aliases: row.aliases.join('\n'), country: row.country ?? '' };
  return { id: row.id, values, version: row.version, updatedAt: row.updatedAt };
}

/** What is stored now, for a form whose save found the organisation changed. */
export async function organisationConflict(id: string): Promise<EditConflict<OrganisationFormValues> | null> {
  const stored = await getOrganisationForEditing(id);
  return stored && { theirs: stored.values, version: stored.version, changedAt: stored.updatedAt.toISOString() };
}
