import 'server-only';
import { db } from '../db';
import { extractProposals, type KnownCase } from './extract';

/** Every case's name and aliases, to recognise the people a statement names. */
export async function listKnownCases(): Promise<KnownCase[]> {
  const cases = await db.case.findMany({ select: { id: true, name: true, aliases: { select: { alias: true } } }, orderBy: { name: 'asc' } });
  return cases.map((known) => ({ caseId: known.id, names: [known.name, ...known.aliases.map((alias) => alias.alias)] }));
}

/**
 * What an imported statement proposes, read again from the stored text: the same text, date and record give the
 * same proposals, so a review can be left and resumed.
 */
export async function proposalsOf(document: { body: string; issuedOn: Date }) {
  return extractProposals(document.body, document.issuedOn, await listKnownCases());
}

/** An imported statement and its proposals, while it waits for the organizer's review; null once reviewed. */
export async function getStatementReview(documentId: string) {
  const document = await db.sourceDocument.findUnique({ where: { id: documentId }, select: { id: true, slug: true, title: true, state: true, body: true, issuedOn: true } });
  if (!document || document.state !== 'IN_REVIEW') return null;
  return { document: { id: document.id, slug: document.slug, title: document.title }, proposals: await proposalsOf(document) };
}

/** What the review of a statement recorded (from its audit entry); null for a statement never reviewed. */
export async function getRecordedReview(documentId: string) {
  const entry = await db.auditLog.findFirst({
    where: { entityType: 'SourceDocument', entityId: documentId, action: 'source.review' },
    orderBy: { at: 'desc' },
    select: { after: true },
  });
  const after = entry?.after as { state?: string; demands?: number; updates?: number; names?: number } | null | undefined;
  if (!after?.state) return null;
  return { published: after.state === 'PUBLIC', demands: after.demands ?? 0, updates: after.updates ?? 0, names: after.names ?? 0 };
}

/** Imported statements whose review is not done, newest first. */
export function listStatementsInReview() {
  return db.sourceDocument.findMany({ where: { state: 'IN_REVIEW' }, orderBy: { createdAt: 'desc' }, select: { id: true, title: true, issuedOn: true, issuedOnPrecision: true } });
}

/** The new names accepted from statements, to follow up, newest first, each with its passage and statement. */
export function listCandidateNames() {
  return db.candidateName.findMany({
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, quote: { select: { text: true } }, document: { select: { id: true, title: true } } },
  });
}
