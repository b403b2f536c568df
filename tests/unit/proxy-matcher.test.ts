import { createRequire } from 'node:module';
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import type { NextConfig } from 'next';
import { describe, expect, it, vi } from 'vitest';
import { locales } from '../../lib/i18n/locales.mjs';
import { publicAddressPatterns } from '../../lib/security/policies.mjs';

// Next's own reading of a matcher config (internal, untyped).
const { getMiddlewareMatchers } = createRequire(import.meta.url)('next/dist/build/analysis/get-page-static-info') as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: unknown) => Parameters<typeof getMiddlewareRouteMatcher>[0];
};
const nextConfig = ((await import('../../next.config.mjs' as string)) as { default: NextConfig }).default;

vi.mock('next/server', () => ({ NextResponse: {} }));
vi.mock('next-intl/middleware', () => ({ default: () => () => undefined }));
vi.mock('../../lib/env', () => ({ env: { NODE_ENV: 'production', NEXTAUTH_URL: 'http://localhost:3000' } }));
const { config } = await import('../../proxy');

/** Whether Next runs proxy.ts for a request, with its own matching of the matcher config. */
function proxyRuns(address: string, headers: Record<string, string> = {}) {
  const url = new URL(address, 'http://localhost');
  const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
  return matches(url.pathname, { headers } as never, Object.fromEntries(url.searchParams));
}

/** The headers next.config.mjs gives an address. */
async function configuredHeaders(pathname: string) {
  const rules = (await nextConfig.headers!()) as { source: string; headers: { key: string; value: string }[] }[];
  return Object.fromEntries(rules.filter((rule) => getPathMatch(rule.source)(pathname) !== false).flatMap((rule) => rule.headers.map(({ key, value }) => [key.toLowerCase(), value])));
}

const publicPages = ['/en', '/fr/about', '/ru/cases', '/en/cases/vadim-kuramshin', '/en/demands', '/fr/events', '/en/events/rally-2012-03-24', '/ru/sources/doc-004-campaign-update-2012-03-19'];
const publicData = ['/feed.xml', '/cases/vadim-kuramshin/feed.xml', '/api/v1/cases', '/api/v1/cases/vadim-kuramshin', '/api/v1/updates', '/api/v1/demands', '/api/v1/events', '/api/v1/cases.csv', '/api/v1/openapi.json'];

const otherAddresses = [
  ...['/', '/cases', '/cases/vadim-kuramshin', '/de/cases', '/en/admin', '/en/admin/cases/abc', '/en/subscribe', '/en/subscription/token', '/en/unsubscribe/token', '/unsubscribe/token'],
  ...['/en/cases/vadim-kuramshin/opengraph-image/card', '/events/rally/ics', '/calendar.ics', '/api/health', '/api/webhooks/resend', '/api/auth/signin/email'],
  ...['/en/cases/%00', '/en/cases/\u0000', '/en/events/a%00b', '/en/sources/%E2%80%AE', '/en/nope/deeper', '/en/cases/a/b', '/api/v1/cases/%00'],
];

describe('proxy.ts', () => {
  it('is not run to read a public page, feed or API answer, which the page cache serves', () => {
    for (const address of [...publicPages, ...publicData, '/en/cases?utm_source=newsletter']) expect(proxyRuns(address), address).toBe(false);
  });

  it('is run for everything else: languages to choose, the workspace, subscribers, files, odd addresses', () => {
    for (const address of otherAddresses) expect(proxyRuns(address), address).toBe(true);
  });

  it('is run for the case directory with something to filter or search by, to render it per request', () => {
    for (const query of ['q=Kouramchine', 'status=DETAINED', 'status=DETAINED&status=CHARGED', 'campaign=zhanaozen-2011', 'deprived=1']) {
      expect(proxyRuns(`/fr/cases?${query}`), query).toBe(true);
    }
  });

  it('is run for every write, whatever the address: the forgery check sees them all', () => {
    for (const address of [...publicPages, ...publicData]) {
      expect(proxyRuns(address, { 'content-type': 'multipart/form-data; boundary=x' }), address).toBe(true);
      expect(proxyRuns(address, { 'next-action': 'abc123' }), address).toBe(true);
      expect(proxyRuns(address, { 'content-length': '0' }), address).toBe(true);
      expect(proxyRuns(address, { 'transfer-encoding': 'chunked' }), address).toBe(true);
    }
  });
});

describe('the web server', () => {
  it('answers kept copies itself only at the addresses proxy.ts is not run for', () => {
    const patterns = publicAddressPatterns(locales);
    for (const address of [...publicPages, ...publicData, ...otherAddresses]) {
      const { pathname } = new URL(address, 'http://localhost');
      expect(patterns.page.test(pathname) || patterns.data.test(pathname), address).toBe(!proxyRuns(address));
    }
  });
});

describe('next.config.mjs', () => {
  it('gives the addresses read without proxy.ts the security headers and the policy of their kind', async () => {
    for (const address of [...publicPages, ...publicData]) {
      const headers = await configuredHeaders(address);
      expect(headers, address).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'strict-origin-when-cross-origin' });
      expect(headers['content-security-policy'], address).toContain(publicPages.includes(address) ? "script-src 'self' 'unsafe-inline'" : "default-src 'none'; frame-ancestors 'none'");
    }
  });
});
