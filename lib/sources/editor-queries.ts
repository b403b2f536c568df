import 'server-only';
import { db } from '../db';
import type { EditConflict } from '../updates/outcome';
import type { SourceFormValues } from './source.schema';

/** Every source document, newest first, for the workspace. */
export async function listSourcesForEditing() {
  return db.sourceDocument.findMany({
    orderBy: [{ issuedOn: 'desc' }, { id: 'asc' }],
    select: {
      id: true,
      slug: true,
      state: true,
      title: true,
      language: true,
      issuedOn: true,
      issuedOnPrecision: true,
      updatedAt: true,
      issuers: { orderBy: { position: 'asc' }, select: { organisation: { select: { name: true } } } },
      _count: { select: { quotes: true } },
    },
  });
}

/** A source document as its form holds it, with its version and whether a quote cites it (its body is then fixed). */
export async function getSourceForEditing(id: string) {
  const row = await db.sourceDocument.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      state: true,
      title: true,
      summary: true,
      body: true,
      language: true,
      issuedOn: true,
      issuedOnPrecision: true,
      version: true,
      updatedAt: true,
      issuers: { orderBy: { position: 'asc' }, select: { organisationId: true } },
      _count: { select: { quotes: true } },
    },
  });
  if (!row) return null;
  const values: SourceFormValues = {
    title: row.title,
    summary: row.summary ?? '',
    issuerIds: row.issuers.map((issuer) => issuer.organisationId),
    issuedOn: row.issuedOn.toISOString().slice(0, 10),
    issuedOnPrecision: row.issuedOnPrecision,
    body: row.body,
  };
  return { id: row.id, slug: row.slug, state: row.state, language: row.language, values, version: row.version, updatedAt: row.updatedAt, bodyLocked: row._count.quotes > 0 };
}

/** What is stored now, for a form whose save found the document changed. */
export async function sourceConflict(id: string): Promise<EditConflict<SourceFormValues> | null> {
  const stored = await getSourceForEditing(id);
  return stored && { theirs: stored.values, version: stored.version, changedAt: stored.updatedAt.toISOString() };
}

/** The organisations that may issue a document. */
export async function getIssuerChoices() {
  const organisations = await db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
  return organisations.map(({ id, name }) => ({ value: id, label: name }));
}
