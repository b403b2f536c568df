import 'server-only';
import { db } from '../db';
import { locales } from '../i18n/routing';
import { normalizeQuoteText } from '../../seeds/quotes';
import type { EditConflict } from './outcome';
import { citationFields, type UpdateContent } from './update.schema';

/** Reads for the organizer workspace: updates in every state (pages check the role first). */

const updateFormSelect = {
  id: true,
  caseId: true,
  title: true,
  body: true,
  language: true,
  occurredOn: true,
  occurredOnPrecision: true,
  status: true,
  releaseKind: true,
  state: true,
  scheduledFor: true,
  publishedAt: true,
  correctionNote: true,
  version: true,
  updatedAt: true,
  corrects: { select: { id: true, title: true } },
  correction: { select: { id: true, title: true } },
  author: { select: { email: true } },
  case: { select: { id: true, name: true, slug: true } },
  citations: { orderBy: { id: 'asc' }, select: { field: true, note: true, quoteId: true, quote: { select: { documentId: true } } } },
} as const;

/** Content in a language the interface cannot name is edited as French, the language of the record. */
export const asLocale = (language: string) => locales.find((locale) => locale === language) ?? 'fr';
const asCitationField = (field: string) => citationFields.find((known) => known === field) ?? 'text';

/** An update as its form holds it, with its state and version. */
export async function getUpdateForEditing(id: string) {
  const row = await db.update.findUnique({ where: { id }, select: updateFormSelect });
  if (!row) return null;
  const values: UpdateContent = {
    title: row.title,
    body: row.body,
    language: asLocale(row.language),
    occurredOn: row.occurredOn.toISOString().slice(0, 10),
    occurredOnPrecision: row.occurredOnPrecision,
    status: row.status ?? '',
    releaseKind: row.releaseKind ?? '',
    sources: row.citations.map((citation) => ({
      documentId: citation.quote.documentId,
      quoteId: citation.quoteId,
      text: '',
      field: asCitationField(citation.field),
      note: citation.note ?? '',
    })),
  };
  const { citations: _citations, title: _title, body: _body, language: _language, ...meta } = row;
  return { ...meta, values };
}

/** What is stored now, for a form whose save found the update changed. */
export async function updateConflict(id: string): Promise<EditConflict<UpdateContent> | null> {
  const stored = await getUpdateForEditing(id);
  return stored && { theirs: stored.values, version: stored.version, changedAt: stored.updatedAt.toISOString(), state: stored.state };
}

/** The source documents, newest first, each with its quotes in the order they occur in it, for the sources picker. */
export async function getSourceOptions() {
  const documents = await db.sourceDocument.findMany({
    orderBy: [{ issuedOn: 'desc' }, { title: 'asc' }],
    select: { id: true, title: true, issuedOn: true, body: true, quotes: { select: { id: true, text: true } } },
  });
  return documents.map(({ body, quotes, ...document }) => {
    const text = normalizeQuoteText(body);
    const position = (quote: { text: string }) => text.indexOf(normalizeQuoteText(quote.text));
    return { ...document, quotes: quotes.sort((a, b) => position(a) - position(b)) };
  });
}

export type SourceOptions = Awaited<ReturnType<typeof getSourceOptions>>;

/** The case an update is written for, as the workspace names it. */
export async function getCaseForNewUpdate(caseId: string) {
  return db.case.findUnique({ where: { id: caseId }, select: { id: true, name: true, slug: true, language: true } });
}

const updateListSelect = {
  id: true,
  title: true,
  state: true,
  status: true,
  releaseKind: true,
  occurredOn: true,
  occurredOnPrecision: true,
  scheduledFor: true,
  publishedAt: true,
  author: { select: { email: true } },
  case: { select: { id: true, name: true } },
} as const;

/** What awaits publication (drafts, then scheduled updates by time due) and the latest published updates. */
export async function listUpdatesForEditing(recentLimit = 30) {
  const [pending, recent] = await Promise.all([
    db.update.findMany({
      where: { state: { in: ['DRAFT', 'SCHEDULED'] } },
      orderBy: [{ state: 'asc' }, { scheduledFor: 'asc' }, { updatedAt: 'desc' }],
      select: updateListSelect,
    }),
    db.update.findMany({
      where: { state: { in: ['PUBLISHED', 'CORRECTED', 'RETRACTED'] } },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      take: recentLimit,
      select: updateListSelect,
    }),
  ]);
  return { pending, recent };
}

export type UpdateListItem = Awaited<ReturnType<typeof listUpdatesForEditing>>['pending'][number];
