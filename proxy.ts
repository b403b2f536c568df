import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { env } from './lib/env';
import { errorTexts } from './lib/i18n/error-texts';
import { locales, routing, type Locale } from './lib/i18n/routing';
import { addressKind, commonSecurityHeaders, contentSecurityPolicy, isForgeryCandidate, newNonce } from './lib/security/headers';
import { servedOverHttps } from './lib/security/policies.mjs';

const localizePages = createMiddleware(routing);
const https = servedOverHttps(env);
const development = env.NODE_ENV === 'development';
const pageLanguage = new RegExp(`^/(${locales.join('|')})(?:/|$)`);

/**
 * Every answer: refuses addresses holding a NUL character and cross-site writes, sets the security headers and
 * the Content-Security-Policy of its kind of address (lib/security/headers.ts), and sends unprefixed page
 * addresses to a language (cookie, then Accept-Language). A page rendered per request gets its nonce through the
 * request's own policy header, where Next reads it to mark the scripts it writes. (The case directory with a query
 * string is rewritten to its per-request version by next.config.mjs.)
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (/%00/.test(pathname) && !pathname.startsWith('/api/')) {
    // A NUL character names nothing here, and PostgreSQL refuses it in a query: answered before any page reads.
    // (The JSON API checks the shape of its own parameters and answers in JSON.)
    return refusal(400, 'badRequest', pathname);
  }
  if (isForgeryCandidate({ method: request.method, pathname, headers: request.headers })) {
    return refusal(403, 'crossSiteRequest', pathname);
  }
  const kind = addressKind(pathname);
  const policy = contentSecurityPolicy(kind, { nonce: kind === 'rendered' ? newNonce() : undefined, https, development });
  if (kind === 'rendered') request.headers.set('Content-Security-Policy', policy);
  const response = isLocalizationFree(pathname) ? NextResponse.next() : localizePages(request);
  for (const [name, value] of Object.entries(commonSecurityHeaders(pathname, { https }))) response.headers.set(name, value);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/** A refusal in the language of the address, or in every language where the address has none (the API, sign-in). */
function refusal(status: number, reason: 'badRequest' | 'crossSiteRequest', pathname: string) {
  const language = pageLanguage.exec(pathname)?.[1] as Locale | undefined;
  const text = (language ? [language] : locales).map((locale) => errorTexts[locale][reason]).join('\n');
  return new NextResponse(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...commonSecurityHeaders(pathname, { https }) } });
}

/** Addresses that choose their language themselves or have none: the API, feeds, calendars, one-click unsubscribe. */
const isLocalizationFree = (pathname: string) => /^\/(?:api\/|_next\/|_vercel\/|events\/[^/]+\/ics$|unsubscribe\/)/.test(pathname) || /\.[^/]+$/.test(pathname);

export const config = {
  matcher: [
    // Every address but Next's own built files and the public addresses of lib/security/policies.mjs, which are
    // read from the page cache without this (it would halve how many the server answers); next.config.mjs gives
    // them their headers.
    '/((?!_next/static|_next/image|(?:en|fr|ru)(?:/(?:about|cases|demands|events))?$|(?:en|fr|ru)/(?:cases|events|sources)/[A-Za-z0-9_-]+$|feed\\.xml$|cases/[A-Za-z0-9_-]+/feed\\.xml$|api/v1/(?:cases|demands|events|updates|openapi\\.json|cases\\.csv)$|api/v1/cases/[A-Za-z0-9_-]+$).*)',
    // Those too when a request has a body or names a server action: the forgery check sees every write.
    { source: '/((?!_next/static|_next/image).*)', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/((?!_next/static|_next/image).*)', has: [{ type: 'header', key: 'content-length' }] },
    { source: '/((?!_next/static|_next/image).*)', has: [{ type: 'header', key: 'transfer-encoding' }] },
    { source: '/((?!_next/static|_next/image).*)', has: [{ type: 'header', key: 'next-action' }] },
    // The case directory with something to filter or search by (rendered per request, next.config.mjs rewrites).
    { source: '/:locale(en|fr|ru)/cases', has: [{ type: 'query', key: 'q' }] },
    { source: '/:locale(en|fr|ru)/cases', has: [{ type: 'query', key: 'status' }] },
    { source: '/:locale(en|fr|ru)/cases', has: [{ type: 'query', key: 'campaign' }] },
    { source: '/:locale(en|fr|ru)/cases', has: [{ type: 'query', key: 'deprived' }] },
  ],
};
