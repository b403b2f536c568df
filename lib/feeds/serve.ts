import 'server-only';
import { formatStatus } from '../cases/status-label';
import { getTranslations } from 'next-intl/server';
import { conditionalResponse, publicRequestUrl, type Representation } from '../api/http';
import { cachedRepresentation } from '../cache/representations';
import { isSlug } from '../api/parameters';
import { escapeHtml, renderAtom, stableUrn, type FeedLabels } from './atom';
import { caseUpdatesFeed, latestUpdatesFeed } from './queries';

/** Feeds are one address for every reader: interface words in English, content in its own language. */
const feedLocale = 'en';

async function feedLabels(): Promise<FeedLabels> {
  const [cases, status, dates] = await Promise.all([
    getTranslations({ locale: feedLocale, namespace: 'cases' }),
    getTranslations({ locale: feedLocale, namespace: 'status' }),
    getTranslations({ locale: feedLocale, namespace: 'dates' }),
  ]);
  return {
    language: feedLocale,
    retracted: cases('retracted'),
    corrected: cases('corrected'),
    correction: (noteHtml) => escapeHtml(cases('correction', { note: '\u0000' })).replace('\u0000', noteHtml),
    occurredOn: ({ occurredOn }) => dates(`on.${occurredOn.precision}`, { date: new Date(occurredOn.date) }),
    status: ({ status: value, releaseKind }) => (value ? formatStatus(status, value, releaseKind) : null),
  };
}

const atom = (feed: Awaited<ReturnType<typeof renderAtom>>, lastModified: Date | null): Representation => ({
  body: feed.xml,
  contentType: 'application/atom+xml; charset=utf-8',
  lastModified: lastModified ?? feed.updated,
});

const casePageUrl = (origin: string) => (slug: string) => `${origin}/${feedLocale}/cases/${encodeURIComponent(slug)}`;

/** A feed, built once per change to the public record for each origin it is asked from (its links are absolute). */
async function serveFeed(request: Request, build: (origin: string) => Promise<Representation | null>): Promise<Response> {
  const url = publicRequestUrl(request);
  url.search = '';
  const representation = await cachedRepresentation(url.href, () => build(url.origin));
  if (!representation) return new Response('No case has this address.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return conditionalResponse(request, representation);
}

/** /feed.xml: the latest published updates of all cases. */
export function serveLatestUpdatesFeed(request: Request): Promise<Response> {
  return serveFeed(request, async (origin) => {
    const [{ updates, lastModified }, labels, common] = await Promise.all([
      latestUpdatesFeed(),
      feedLabels(),
      getTranslations({ locale: feedLocale, namespace: 'common' }),
    ]);
    const feed = await renderAtom({
      id: stableUrn('feed:latest-updates'),
      title: common('siteTitle'),
      author: common('siteTitle'),
      selfUrl: `${origin}/feed.xml`,
      pageUrl: `${origin}/${feedLocale}`,
      updated: new Date(0),
      updates,
      caseUrl: casePageUrl(origin),
      labels,
    });
    return atom(feed, lastModified);
  });
}

/** /cases/<slug>/feed.xml: one case's published updates; 404 when there is no such case. */
export function serveCaseFeed(request: Request, slug: string): Promise<Response> {
  return serveFeed(request, async (origin) => {
    const [found, labels, common] = await Promise.all([
      isSlug(slug) ? caseUpdatesFeed(slug) : null,
      feedLabels(),
      getTranslations({ locale: feedLocale, namespace: 'common' }),
    ]);
    if (!found) return null;
    const caseUrl = casePageUrl(origin);
    const feed = await renderAtom({
      id: stableUrn(`feed:case:${found.case.id}`),
      title: `${found.case.name} · ${common('siteTitle')}`,
      author: common('siteTitle'),
      selfUrl: `${origin}/cases/${encodeURIComponent(found.case.slug)}/feed.xml`,
      pageUrl: caseUrl(found.case.slug),
      updated: found.case.updatedAt,
      updates: found.updates,
      caseUrl,
      labels,
    });
    return atom(feed, found.lastModified);
  });
}
