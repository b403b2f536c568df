import { locales } from '../i18n/routing';
import { securityHeaders } from './policies.mjs';

export { contentSecurityPolicy } from './policies.mjs';

/**
 * What kind of answer an address gives, for its Content-Security-Policy:
 * - `rendered`: pages rendered for each request (workspace, subscribe, a subscriber's link pages), which carry a
 *   fresh nonce on every script Next writes;
 * - `cached`: public pages served from Next's route cache, the same bytes for everyone, so without a nonce;
 * - `data`: everything that is not an HTML page (API, feeds, calendars, CSV, images, downloads).
 */
export type AddressKind = 'rendered' | 'cached' | 'data';

const localePrefix = `/(?:${locales.join('|')})`;
const renderedPage = new RegExp(`^${localePrefix}/(?:admin|subscribe|subscription|unsubscribe)(?:/|$)`);
const page = new RegExp(`^${localePrefix}(?:/|$)`);
/** Files under a page address: the share image, a subscriber's data download. */
const fileUnderPage = /(?:\/opengraph-image(?:\/[\w-]+)?|\.[a-z]+)$/;

export function addressKind(pathname: string): AddressKind {
  if (!page.test(pathname) || fileUnderPage.test(pathname)) return 'data';
  return renderedPage.test(pathname) ? 'rendered' : 'cached';
}

/**
 * Addresses holding a link token (a subscriber's, in the path; a sign-in link's, in the query): it must not leave
 * in a Referer header, not even to this site.
 */
const linkTokenAddress = new RegExp(`^(?:${localePrefix})?/(?:(?:unsubscribe|subscription|subscribe/confirm)/[^/]+|admin/sign-in/confirm$)`);

/** Headers every answer carries, page or not; no referrer from the addresses holding a link token. */
export function commonSecurityHeaders(pathname: string, { https }: { https: boolean }): Record<string, string> {
  return securityHeaders({ https, referrerPolicy: linkTokenAddress.test(pathname) ? 'no-referrer' : undefined });
}

/** A fresh, unguessable nonce for one response. */
export const newNonce = () => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');

/**
 * Cross-site request forgery guard for every state-changing request: its Origin must name this host (the host
 * the browser used, as Next's own server-action check reads it). Browsers send Origin with every POST, so a
 * missing one is refused too: Next lets a server action without Origin through. The exceptions are callers that
 * are no browser and carry their own authority: the email provider's signed webhook and RFC 8058 one-click
 * unsubscribe, posted by mail clients to an address holding the link token.
 */
const writesWithoutOrigin = [/^\/api\/webhooks\/resend$/, /^\/unsubscribe\/[^/]+$/];
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isForgeryCandidate(request: { method: string; pathname: string; headers: Headers }): boolean {
  if (safeMethods.has(request.method) || writesWithoutOrigin.some((pattern) => pattern.test(request.pathname))) return false;
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!origin || !host || !URL.canParse(origin)) return true;
  return new URL(origin).host !== host.split(',')[0]!.trim();
}
