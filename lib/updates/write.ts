import 'server-only';
import { audit } from '../audit/log';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { UpdateState } from '../generated/prisma/enums';
import { documentContainsQuote, normalizeQuoteText } from '../../seeds/quotes';
import { asJson } from '../audit/diff';
import type { SourceInput, UpdateContent } from './update.schema';

/** A source as any record's form sends it, whichever fact of the record it supports. */
type CitedSource = Omit<SourceInput, 'field'> & { field: string };

type Tx = Prisma.TransactionClient;

/** The columns of an update its content sets. */
export function updateContentData(content: UpdateContent) {
  const status = content.status === '' ? null : content.status;
  return {
    title: content.title,
    body: content.body,
    language: content.language,
    occurredOn: new Date(`${content.occurredOn}T00:00:00Z`),
    occurredOnPrecision: content.occurredOnPrecision,
    status,
    releaseKind: status === 'RELEASED' && content.releaseKind !== '' ? content.releaseKind : null,
  };
}

/**
 * Field errors for sources that cannot be cited: an unknown document or quote, or a pasted passage that does
 * not occur verbatim in the chosen document (line breaks and runs of spaces aside). `path` prefixes the keys.
 */
export async function sourceErrors(sources: CitedSource[], path = 'sources'): Promise<Record<string, string[]> | null> {
  const documents = await db.sourceDocument.findMany({
    where: { id: { in: [...new Set(sources.map((source) => source.documentId))] } },
    select: { id: true, body: true },
  });
  const quotes = await db.quote.findMany({
    where: { id: { in: sources.map((source) => source.quoteId).filter(Boolean) } },
    select: { id: true, documentId: true },
  });
  const errors: Record<string, string[]> = {};
  sources.forEach((source, index) => {
    const document = documents.find((candidate) => candidate.id === source.documentId);
    if (!document) errors[`${path}.${index}.documentId`] = ['choice'];
    else if (source.quoteId) {
      if (!quotes.some((quote) => quote.id === source.quoteId && quote.documentId === document.id)) errors[`${path}.${index}.quoteId`] = ['choice'];
    } else if (!documentContainsQuote(document.body, source.text)) errors[`${path}.${index}.text`] = ['quoteNotInDocument'];
  });
  return Object.keys(errors).length > 0 ? errors : null;
}

/** The id of the document's quote with this text (whitespace aside), created when it is not one yet. */
export async function quoteFor(tx: Tx, documentId: string, text: string): Promise<string> {
  const known = await tx.quote.findMany({ where: { documentId }, select: { id: true, text: true } });
  const same = known.find((quote) => normalizeQuoteText(quote.text) === normalizeQuoteText(text));
  return same?.id ?? (await tx.quote.create({ data: { documentId, text }, select: { id: true } })).id;
}

/**
 * Cites the sources for an update or a group's count, in their order, and gives back what it cited; a pasted
 * passage becomes a quote of its document unless it already is one.
 */
export async function createCitations(tx: Tx, cited: { updateId: string } | { countId: string }, sources: CitedSource[]) {
  const citations: { quoteId: string; field: string; note: string | null }[] = [];
  for (const source of sources) {
    const quoteId = source.quoteId || (await quoteFor(tx, source.documentId, source.text));
    const citation = { quoteId, field: source.field, note: source.note || null };
    await tx.citation.create({ data: { ...cited, ...citation } });
    citations.push(citation);
  }
  return citations;
}

/** What the audit log keeps of an update. */
export const auditedUpdateSelect = {
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
  correctsId: true,
  citations: { select: { quoteId: true, field: true, note: true }, orderBy: { id: 'asc' } },
} as const satisfies Prisma.UpdateSelect;

export async function updateSnapshot(tx: Tx, id: string) {
  const row = await tx.update.findUniqueOrThrow({ where: { id }, select: auditedUpdateSelect });
  return asJson(row);
}

export type StateChange = { state: UpdateState; scheduledFor: Date | null; publishedAt: Date | null };

const stateActions: Partial<Record<UpdateState, string>> = { SCHEDULED: 'update.schedule', PUBLISHED: 'update.publish' };

/**
 * Creates an update with its citations, audited as `update.create`, then `update.schedule` or `update.publish`
 * when it starts scheduled or published.
 */
export async function insertUpdate(tx: Tx, actorId: string, caseId: string, content: UpdateContent, change: StateChange): Promise<string> {
  const { id } = await tx.update.create({ data: { caseId, ...updateContentData(content), ...change, authorId: actorId }, select: { id: true } });
  await createCitations(tx, { updateId: id }, content.sources);
  await audit({ actorId, action: 'update.create', entityType: 'Update', entityId: id, after: await updateSnapshot(tx, id) }, tx);
  const stateAction = stateActions[change.state];
  if (stateAction) await audit({ actorId, action: stateAction, entityType: 'Update', entityId: id, after: asJson(change) }, tx);
  return id;
}
