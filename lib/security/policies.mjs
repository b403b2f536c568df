// Security headers and Content-Security-Policies, in plain JavaScript: proxy.ts sets them on the answers it
// handles, and next.config.mjs (which Node loads as is) on the public addresses proxy.ts is not run for.

/**
 * Whether the site is served over HTTPS in production (HSTS, upgrade-insecure-requests): NEXTAUTH_URL's protocol.
 * @param {{ NODE_ENV?: string; NEXTAUTH_URL?: string }} env
 */
export const servedOverHttps = ({ NODE_ENV, NEXTAUTH_URL = '' }) =>
  NODE_ENV === 'production' && URL.canParse(NEXTAUTH_URL) && new URL(NEXTAUTH_URL).protocol === 'https:';

/** @param {Record<string, string>} directives */
const policy = (directives) =>
  Object.entries(directives)
    .map(([name, value]) => (value ? `${name} ${value}` : name))
    .join('; ');

/** Directives every HTML page shares: nothing from other origins, no plugins, no <base>, no framing, forms post here only. */
const pageDirectives = (/** @type {boolean} */ https) => ({
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
 * inline scripts: their policy here allows inline scripts and this origin's files, and the production web server
 * sends it with 'unsafe-inline' replaced by the hashes of the page's own inline scripts
 * (lib/security/inline-script-hashes.mjs). Non-page answers may load nothing at all.
 * @param {'rendered' | 'cached' | 'data'} kind
 * @param {{ nonce?: string; https: boolean; development?: boolean }} options
 */
export function contentSecurityPolicy(kind, { nonce, https, development = false }) {
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

/**
 * Headers every answer carries, page or not. HSTS only where the site is served over HTTPS in production.
 * @param {{ https: boolean; referrerPolicy?: string }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders({ https, referrerPolicy = 'strict-origin-when-cross-origin' }) {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': referrerPolicy,
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    ...(https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

const pageSections = ['about', 'cases', 'demands', 'events'];
const recordSections = ['cases', 'events', 'sources'];
const endpoints = ['cases', 'demands', 'events', 'updates', 'openapi.json', 'cases.csv'];
const slugCharacters = 'A-Za-z0-9_-';

/**
 * The public addresses served from the page cache that proxy.ts does not run for on reading (see its matcher):
 * their headers come from next.config.mjs instead, as path patterns. Slugs are limited to plain characters
 * there, so any other address (a NUL character, say) still goes through proxy.ts.
 * @param {readonly string[]} locales
 */
export function publicAddresses(locales) {
  const locale = `:locale(${locales.join('|')})`;
  const slug = `:slug([${slugCharacters}]+)`;
  return {
    pages: [`/${locale}`, `/${locale}/:section(${pageSections.join('|')})`, `/${locale}/:section(${recordSections.join('|')})/${slug}`],
    data: ['/feed.xml', `/cases/${slug}/feed.xml`, `/api/v1/:endpoint(${endpoints.join('|')})`, `/api/v1/cases/${slug}`],
  };
}

/**
 * The same addresses as regular expressions over a request's path, for the web server's kept answers.
 * @param {readonly string[]} locales
 */
export function publicAddressPatterns(locales) {
  const anyOf = (/** @type {readonly string[]} */ names) => `(?:${names.map((name) => name.replaceAll('.', '\\.')).join('|')})`;
  const slug = `[${slugCharacters}]+`;
  return {
    page: new RegExp(`^/${anyOf(locales)}(?:/${anyOf(pageSections)}|/${anyOf(recordSections)}/${slug})?$`),
    data: new RegExp(`^/(?:feed\\.xml|cases/${slug}/feed\\.xml|api/v1/${anyOf(endpoints)}|api/v1/cases/${slug})$`),
  };
}

/**
 * The headers of the public addresses, by kind: the security headers and the policy of their kind.
 * @param {{ https: boolean; development: boolean }} options
 */
export function publicAnswerHeaders({ https, development }) {
  return {
    page: { ...securityHeaders({ https }), 'Content-Security-Policy': contentSecurityPolicy('cached', { https, development }) },
    data: { ...securityHeaders({ https }), 'Content-Security-Policy': contentSecurityPolicy('data', { https }) },
  };
}

/**
 * next.config.mjs `headers()`: the headers of the public addresses.
 * @param {{ locales: readonly string[]; https: boolean; development: boolean }} options
 */
export function publicAddressHeaders({ locales, https, development }) {
  const { pages, data } = publicAddresses(locales);
  const headers = publicAnswerHeaders({ https, development });
  /** @param {Record<string, string>} named */
  const list = (named) => Object.entries(named).map(([key, value]) => ({ key, value }));
  return [...pages.map((source) => ({ source, headers: list(headers.page) })), ...data.map((source) => ({ source, headers: list(headers.data) }))];
}
