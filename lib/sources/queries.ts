import 'server-only';
import { db } from '../db';
import { publicName } from '../cases/identity';

/** A source document with its quotes and, for each quote, the facts it supports. */
export async function getSourceBySlug(slug: string) {
  const document = await db.sourceDocument.findUnique({
    where: { slug },
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
  const quotes = document.quotes.map((quote) => ({
    id: quote.id,
    text: quote.text,
    supports: quote.citations.flatMap(({ field, campaign, case: subject, count, update, demand, event }) => {
      if (subject) return [{ field, label: publicName(subject), href: `/cases/${subject.slug}` }];
      if (count) return [{ field, label: publicName(count.case), href: `/cases/${count.case.slug}` }];
      if (update && update.state !== 'DRAFT' && update.state !== 'SCHEDULED') {
        return [{ field, label: `${publicName(update.case)}: ${update.title}`, href: `/cases/${update.case.slug}` }];
      }
      if (campaign) return [{ field, label: campaign.title, href: `/#campaign-${campaign.slug}` }];
      if (demand) return [{ field, label: demand.text, href: `/demands#${demand.slug}` }];
      if (event) return [{ field, label: event.title, href: `/events/${event.slug}` }];
      return [];
    }),
  }));
  return { ...document, issuers: document.issuers.map((issuer) => issuer.organisation.name), quotes };
}
