'use server';

import { getTranslations } from 'next-intl/server';
import { workspaceAction } from '../actions/workspace-action';
import { audit } from '../audit/log';
import { revalidatePublicRecord } from '../cache/revalidate';
import { loadPublicRedactor, type Redact } from '../cases/redaction';
import { db } from '../db';
import { SafeError } from '../errors';
import { supportedLocale } from '../i18n/routing';
import { normalizeSearchText } from '../search/normalize';
import { asJson } from '../audit/diff';
import { insertUpdate, quoteFor } from '../updates/write';
import { documentContainsQuote, normalizeQuoteText } from '../../seeds/quotes';
import { acceptSchema } from './accept.schema';
import { followedUpSchema } from './candidate.schema';
import { proposalsOf } from './queries';
import { statementSchema } from './statement.schema';


/** A public address made from a text, which names a protected person by their initials only, as the text is shown. */
function slugBase(text: string, redact: Redact) {
  return normalizeSearchText(redact(text)).slice(0, 80).trim().replace(/ /g, '-') || 'statement';
}

/** The slug itself, or with the first free number after it. */
async function freeSlug(base: string, taken: (slug: string) => Promise<boolean>) {
  let slug = base;
  for (let number = 2; await taken(slug); number++) slug = `${base}-${number}`;
  return slug;
}

/**
 * The stored document with this text, whatever its line breaks and spacing (a file read again, a text pasted from
 * elsewhere). Documents are few and imports rare, so their texts are compared here rather than indexed.
 */
async function findSameText(body: string) {
  const text = normalizeQuoteText(body);
  const documents = await db.sourceDocument.findMany({ orderBy: { createdAt: 'asc' }, select: { id: true, slug: true, title: true, state: true, body: true, issuedOn: true } });
  return documents.find((document) => normalizeQuoteText(document.body) === text);
}

/**
 * Stores the statement as a source document waiting for review (not public) and returns what it proposes to
 * record, each with its quote. The same text imported again opens the review it already has; a text already
 * reviewed is not stored twice.
 */
export const importStatement = workspaceAction({ role: 'ORGANIZER', schema: statementSchema }, async (input, { user }) => {
  const t = await getTranslations('import');
  const same = await findSameText(input.body);
  if (same && same.state !== 'IN_REVIEW') throw new SafeError(t('errors.alreadyRecorded', { title: same.title }));
  if (same) return { document: { id: same.id, slug: same.slug, title: same.title }, proposals: await proposalsOf(same), resumed: true };

  const organisation = await db.organisation.findUnique({ where: { id: input.organisationId }, select: { id: true } });
  if (!organisation) throw new SafeError((await getTranslations('workspace.errors'))('invalid'), { organisationId: ['choice'] });
  const issuedOn = new Date(`${input.issuedOn}T00:00:00Z`);
  const redact = await loadPublicRedactor();
  const document = await db.$transaction(async (tx) => {
    const slug = await freeSlug(slugBase(input.title, redact), async (candidate) => (await tx.sourceDocument.count({ where: { slug: candidate } })) > 0);
    const created = await tx.sourceDocument.create({
      data: {
        slug,
        title: input.title,
        language: input.language,
        issuedOn,
        issuedOnPrecision: input.issuedOnPrecision,
        body: input.body,
        state: 'IN_REVIEW',
        issuers: { create: { organisationId: organisation.id } },
      },
      select: { id: true, slug: true, title: true },
    });
    const { body: _body, ...record } = input;
    await audit({ actorId: user.id, action: 'source.create', entityType: 'SourceDocument', entityId: created.id, after: asJson({ ...record, slug, state: 'IN_REVIEW' }) }, tx);
    return created;
  });
  return { document, proposals: await proposalsOf({ body: input.body, issuedOn }), resumed: false };
});

/** How a draft's date was read from the statement, in the statement's language, as the record's notes are. */
async function dateNote(language: string, date: { text: string; date: string }, issuedOn: Date) {
  const locale = supportedLocale(language);
  const t = await getTranslations({ locale, namespace: 'import' });
  const day = (value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(value);
  return t('dateNote', { text: date.text, issuedOn: day(issuedOn), date: day(new Date(`${date.date}T00:00:00Z`)) });
}

/**
 * Records the review of an imported statement: accepted demands (pending, in list order, each citing its quote),
 * draft updates on the people it names (dated by the date accepted for them, cited, else the statement's date),
 * new names to follow up in the workspace; then the statement is published or withheld, as the organizer chose.
 * No update is published. Every quote must occur in the document; a statement is reviewed once.
 */
export const acceptProposals = workspaceAction({ role: 'ORGANIZER', schema: acceptSchema }, async (input, { user }) => {
  const t = await getTranslations('import');
  const demands = input.demands.filter((demand) => demand.accepted);
  const people = input.people.filter((person) => person.accepted);
  const candidates = input.candidates.filter((candidate) => candidate.accepted);
  const [document, campaign, cases] = await Promise.all([
    db.sourceDocument.findUnique({
      where: { id: input.documentId },
      select: { id: true, body: true, state: true, language: true, issuedOn: true, issuedOnPrecision: true, issuers: { select: { organisationId: true }, orderBy: { position: 'asc' }, take: 1 } },
    }),
    db.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true } }),
    db.case.findMany({ where: { id: { in: people.map((person) => person.caseId) } }, select: { id: true } }),
  ]);
  const issuer = document?.issuers[0];
  if (!document || !issuer) throw new SafeError(t('errors.documentMissing'));
  if (document.state !== 'IN_REVIEW') throw new SafeError(t('errors.alreadyReviewed'));
  const errors: Record<string, string[]> = {};
  if (!campaign && demands.length > 0) errors.campaignId = ['choice'];
  const checkQuote = (path: string, proposal: { accepted: boolean; quote: string }) => {
    if (proposal.accepted && !documentContainsQuote(document.body, proposal.quote)) errors[`${path}.quote`] = ['quoteNotInDocument'];
  };
  input.demands.forEach((demand, index) => checkQuote(`demands.${index}`, demand));
  input.people.forEach((person, index) => {
    checkQuote(`people.${index}`, person);
    if (person.accepted && !cases.some((known) => known.id === person.caseId)) errors[`people.${index}.caseId`] = ['choice'];
  });
  input.candidates.forEach((candidate, index) => checkQuote(`candidates.${index}`, candidate));
  input.dates.forEach((date, index) => checkQuote(`dates.${index}`, date));
  if (Object.keys(errors).length > 0) throw new SafeError(t('errors.proposals'), errors);

  const redact = await loadPublicRedactor();
  const dated = new Map(input.dates.filter((date) => date.accepted).map((date) => [date.caseId, date]));
  const notes = new Map(await Promise.all([...dated].map(async ([caseId, date]) => [caseId, await dateNote(document.language, date, document.issuedOn)] as const)));
  const state = input.publishDocument ? 'PUBLIC' : 'WITHHELD';
  const accepted = await db.$transaction(async (tx) => {
    const { count } = await tx.sourceDocument.updateMany({ where: { id: document.id, state: 'IN_REVIEW' }, data: { state } });
    if (count === 0) throw new SafeError(t('errors.alreadyReviewed'));
    const demandIds: string[] = [];
    for (const [position, demand] of demands.entries()) {
      const slug = await freeSlug(slugBase(demand.text, redact), async (candidate) => (await tx.demand.count({ where: { slug: candidate } })) > 0);
      const record = {
        slug,
        kind: 'DEMAND' as const,
        text: demand.text,
        language: document.language,
        issuedById: issuer.organisationId,
        campaignId: input.campaignId,
        issuedOn: document.issuedOn,
        issuedOnPrecision: document.issuedOnPrecision,
        position,
        status: 'PENDING' as const,
      };
      const { id } = await tx.demand.create({ data: record, select: { id: true } });
      const quoteId = await quoteFor(tx, document.id, demand.quote);
      await tx.citation.create({ data: { demandId: id, quoteId, field: 'text' } });
      await audit({ actorId: user.id, action: 'demand.create', entityType: 'Demand', entityId: id, after: asJson({ ...record, quoteId }) }, tx);
      demandIds.push(id);
    }
    const updateIds: string[] = [];
    for (const person of people) {
      const date = dated.get(person.caseId);
      const source = { documentId: document.id, quoteId: '', note: '' };
      const content = {
        title: person.title,
        body: person.quote,
        language: document.language as 'fr',
        occurredOn: date?.date ?? document.issuedOn.toISOString().slice(0, 10),
        occurredOnPrecision: date?.precision ?? document.issuedOnPrecision,
        status: '' as const,
        releaseKind: '' as const,
        sources: [
          { ...source, text: person.quote, field: 'text' as const },
          ...(date ? [{ ...source, text: date.quote, field: 'date' as const, note: notes.get(person.caseId) ?? '' }] : []),
        ],
      };
      updateIds.push(await insertUpdate(tx, user.id, person.caseId, content, { state: 'DRAFT', scheduledFor: null, publishedAt: null }));
    }
    const candidateIds: string[] = [];
    for (const candidate of candidates) {
      const quoteId = await quoteFor(tx, document.id, candidate.quote);
      const { id } = await tx.candidateName.create({ data: { documentId: document.id, quoteId, name: candidate.name }, select: { id: true } });
      await audit({ actorId: user.id, action: 'candidate.create', entityType: 'CandidateName', entityId: id, after: { name: candidate.name, documentId: document.id, quoteId } }, tx);
      candidateIds.push(id);
    }
    // What the review recorded, kept with it: its page says so whenever it is opened again.
    const after = { state, demands: demandIds.length, updates: updateIds.length, names: candidateIds.length };
    await audit({ actorId: user.id, action: 'source.review', entityType: 'SourceDocument', entityId: document.id, before: { state: 'IN_REVIEW' }, after }, tx);
    return { demandIds, updateIds, candidateIds, state };
  });
  revalidatePublicRecord();
  return accepted;
});

/** Takes a new name off the list to follow up, once the organizer has made it a case or found it is no one to record. */
export const markCandidateFollowedUp = workspaceAction({ role: 'ORGANIZER', schema: followedUpSchema }, async ({ candidateId }, { user }) => {
  await db.$transaction(async (tx) => {
    const candidate = await tx.candidateName.findUnique({ where: { id: candidateId }, select: { name: true, documentId: true, quoteId: true } });
    if (!candidate) return;
    await tx.candidateName.delete({ where: { id: candidateId } });
    await audit({ actorId: user.id, action: 'candidate.delete', entityType: 'CandidateName', entityId: candidateId, before: candidate }, tx);
  });
});
