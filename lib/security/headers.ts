import { locales } from '../i18n/routing';

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
const fileUnderPage = /(?:\/opengraph-image|\.[a-z]+)$/;

export function addressKind(pathname: string): AddressKind {
  if (!page.test(pathname) || fileUnderPage.test(pathname)) return 'data';
  return renderedPage.test(pathname) ? 'rendered' : 'cached';
}

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => (value ? `${name} ${value}` : name))
    .join('; ');

/** Directives every HTML page shares: nothing from other origins, no plugins, no <base>, no framing, forms post here only. */
const pageDirectives = (https: boolean) => ({
  'default-src': "'none'",
  'connect-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
  ...(https ? { 'upgrade-insecure-requests': '' } : {}),
});

/**
 * The Content-Security-Policy of an answer. Rendered pages allow only scripts carrying this request's nonce (and
 * what those load: 'strict-dynamic'). Cached pages cannot carry a nonce, and Next writes each page's data as
 * inline scripts, so they allow inline scripts and this origin's files, nothing from elsewhere: an injected
 * inline script would run there, which is why every text shown is escaped by React and every Markdown text is
 * sanitised (docs/SECURITY.md). Non-page answers may load nothing at all.
 */
export function contentSecurityPolicy(kind: AddressKind, { nonce, https, development = false }: { nonce?: string; https: boolean; development?: boolean }): string {
  if (kind === 'data') return policy({ 'default-src': "'none'", 'frame-ancestors': "'none'", 'base-uri': "'none'", 'form-action': "'none'" });
  // `next dev` evaluates code to rebuild server error stacks and injects styles for hot reloading.
  const devScripts = development ? " 'unsafe-eval'" : '';
  if (kind === 'rendered') {
    if (!nonce) throw new Error('a page rendered per request needs a nonce');
    const styles = development ? "'self' 'unsafe-inline'" : `'self' 'nonce-${nonce}'`;
    return policy({ ...pageDirectives(https), 'script-src': `'nonce-${nonce}' 'strict-dynamic'${devScripts}`, 'style-src': styles });
  }
  return policy({ ...pageDirectives(https), 'script-src': `'self' 'unsafe-inline'${devScripts}`, 'style-src': development ? "'self' 'unsafe-inline'" : "'self'" });
}

/** Addresses holding a subscriber's link token: it must not leave in a Referer header, not even to this site. */
const linkTokenAddress = new RegExp(`^(?:${localePrefix})?/(?:unsubscribe|subscription|subscribe/confirm)/[^/]+`);

/** Headers every answer carries, page or not. HSTS only where the site is served over HTTPS in production. */
export function commonSecurityHeaders(pathname: string, { https }: { https: boolean }): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': linkTokenAddress.test(pathname) ? 'no-referrer' : 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    ...(https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
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
