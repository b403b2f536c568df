'use server';

import { getTranslations } from 'next-intl/server';
import { workspaceAction } from '../actions/workspace-action';
import { audit } from '../audit/log';
import { revalidatePublicRecord } from '../cache/revalidate';
import { loadPublicRedactor, type Redact } from '../cases/redaction';
import { db } from '../db';
import { SafeError } from '../errors';
import { normalizeSearchText } from '../search/normalize';
import { asJson } from '../audit/diff';
import { insertUpdate, quoteFor } from '../updates/write';
import { documentContainsQuote } from '../../seeds/quotes';
import { acceptSchema } from './accept.schema';
import { extractProposals, type Proposals } from './extract';
import { listKnownCases } from './queries';
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

/** Stores the statement as a source document and returns what it proposes to record, each with its quote. */
export const importStatement = workspaceAction({ role: 'ORGANIZER', schema: statementSchema }, async (input, { user }) => {
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
        issuers: { create: { organisationId: organisation.id } },
      },
      select: { id: true, slug: true, title: true },
    });
    const { body: _body, ...record } = input;
    await audit({ actorId: user.id, action: 'source.create', entityType: 'SourceDocument', entityId: created.id, after: asJson({ ...record, slug }) }, tx);
    return created;
  });
  revalidatePublicRecord();
  const proposals: Proposals = extractProposals(input.body, issuedOn, await listKnownCases());
  return { document, proposals };
});

/** The document's quote with this text, created unless it already exists. */

/**
 * Records the accepted proposals of an imported statement: demands (pending, in list order, each citing its
 * quote) and draft updates on the people it names. Nothing is published. Every quote must occur in the document.
 */
export const acceptProposals = workspaceAction({ role: 'ORGANIZER', schema: acceptSchema }, async (input, { user }) => {
  const t = await getTranslations('import');
  const [document, campaign, cases] = await Promise.all([
    db.sourceDocument.findUnique({
      where: { id: input.documentId },
      select: { id: true, body: true, language: true, issuedOn: true, issuedOnPrecision: true, issuers: { select: { organisationId: true }, orderBy: { position: 'asc' }, take: 1 } },
    }),
    db.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true } }),
    db.case.findMany({ where: { id: { in: input.people.map((person) => person.caseId) } }, select: { id: true } }),
  ]);
  const issuer = document?.issuers[0];
  if (!document || !issuer) throw new SafeError(t('errors.documentMissing'));
  const errors: Record<string, string[]> = {};
  if (!campaign) errors.campaignId = ['choice'];
  input.demands.forEach((demand, index) => {
    if (!documentContainsQuote(document.body, demand.quote)) errors[`demands.${index}.quote`] = [t('errors.quoteNotInDocument')];
  });
  input.people.forEach((person, index) => {
    if (!cases.some((known) => known.id === person.caseId)) errors[`people.${index}.caseId`] = ['choice'];
    if (!documentContainsQuote(document.body, person.quote)) errors[`people.${index}.quote`] = [t('errors.quoteNotInDocument')];
  });
  if (Object.keys(errors).length > 0) throw new SafeError(t('errors.proposals'), errors);

  const issuedOn = document.issuedOn.toISOString().slice(0, 10);
  const redact = await loadPublicRedactor();
  const accepted = await db.$transaction(async (tx) => {
    const demandIds: string[] = [];
    for (const [position, demand] of input.demands.entries()) {
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
    for (const person of input.people) {
      const content = {
        title: person.title,
        body: person.quote,
        language: document.language as 'fr',
        occurredOn: issuedOn,
        occurredOnPrecision: document.issuedOnPrecision,
        status: '' as const,
        releaseKind: '' as const,
        sources: [{ documentId: document.id, quoteId: '', text: person.quote, field: 'text' as const, note: '' }],
      };
      updateIds.push(await insertUpdate(tx, user.id, person.caseId, content, { state: 'DRAFT', scheduledFor: null, publishedAt: null }));
    }
    return { demandIds, updateIds };
  });
  revalidatePublicRecord();
  return accepted;
});
