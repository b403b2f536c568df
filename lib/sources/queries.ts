import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { publicName } from '../cases/identity';
import { loadPublicRedactor } from '../cases/redaction';

/**
 * A published source document with its quotes and, for each quote, the facts it supports; null for a statement in
 * review or withheld. Read once per render (page and metadata).
 */
export const getSourceBySlug = cache(async function getSourceBySlug(slug: string) {
  const document = await db.sourceDocument.findFirst({
    where: { slug, state: 'PUBLIC' },
    select: {
      slug: true,
      title: true,
      language: true,
      issuedOn: true,
      issuedOnPrecision: true,
      body: true,
      summary: true,
      issuers: { orderBy: { position: 'asc' }, select: { organisation: { select: { name: true } } } },
      quotes: {
        select: {
          id: true,
          text: true,
          citations: {
            select: {
              field: true,
              campaign: { select: { slug: true, title: true } },
              case: { select: { slug: true, name: true, identityProtected: true } },
              count: { select: { case: { select: { slug: true, name: true, identityProtected: true } } } },
              update: { select: { title: true, state: true, case: { select: { slug: true, name: true, identityProtected: true } } } },
              demand: { select: { slug: true, text: true } },
              event: { select: { slug: true, title: true } },
            },
          },
        },
      },
    },
  });
  if (!document) return null;
  const redact = await loadPublicRedactor();
  const quotes = document.quotes.map((quote) => ({
    id: quote.id,
    text: redact(quote.text),
    supports: quote.citations.flatMap(supportedFact).map((fact) => ({ ...fact, label: redact(fact.label) })),
  }));
  return {
    ...document,
    title: redact(document.title),
    body: redact(document.body),
    summary: document.summary && redact(document.summary),
    issuers: document.issuers.map((issuer) => issuer.organisation.name),
    quotes,
  };
});

type PublicSubject = { slug: string; name: string; identityProtected: boolean };
type CitationSubjects = {
  field: string;
  campaign: { slug: string; title: string } | null;
  case: PublicSubject | null;
  count: { case: PublicSubject } | null;
  update: { title: string; state: string; case: PublicSubject } | null;
  demand: { slug: string; text: string } | null;
  event: { slug: string; title: string } | null;
};

/** The public fact a citation supports, as a label and a link; nothing for unpublished updates. */
function supportedFact({ field, campaign, case: subject, count, update, demand, event }: CitationSubjects) {
  if (subject) return [{ field, label: publicName(subject), href: `/cases/${subject.slug}` }];
  if (count) return [{ field, label: publicName(count.case), href: `/cases/${count.case.slug}` }];
  if (update && update.state !== 'DRAFT' && update.state !== 'SCHEDULED') {
    return [{ field, label: `${publicName(update.case)}: ${update.title}`, href: `/cases/${update.case.slug}` }];
  }
  if (campaign) return [{ field, label: campaign.title, href: `/#campaign-${campaign.slug}` }];
  if (demand) return [{ field, label: demand.text, href: `/demands#${demand.slug}` }];
  if (event) return [{ field, label: event.title, href: `/events/${event.slug}` }];
  return [];
}
