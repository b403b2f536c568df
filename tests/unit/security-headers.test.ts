import { describe, expect, it } from 'vitest';
import { addressKind, commonSecurityHeaders, contentSecurityPolicy, isForgeryCandidate } from '../../lib/security/headers';
import { pageAccess, routeAccess } from '../support/access-table';

/** An address of a route pattern: "/[locale]/cases/[slug]" → "/ru/cases/sample". */
const addressOf = (pattern: string) => pattern.replace('/[locale]', '/ru').replace(/\[\.\.\.\w+\]|\[\w+\]/g, 'sample');

describe('the policy of each address', () => {
  it('renders every workspace page and every page of a subscriber link with a nonce', () => {
    for (const [pattern, { outcomes }] of Object.entries(pageAccess)) {
      if (new Set(Object.values(outcomes)).size > 1 || pattern.includes('/admin') || pattern.includes('/subscribe')) expect(addressKind(addressOf(pattern)), pattern).toBe('rendered');
    }
  });

  it('serves the other public pages from the cache, without a nonce', () => {
    for (const pattern of ['/[locale]', '/[locale]/cases', '/[locale]/cases/[slug]', '/[locale]/demands', '/[locale]/events', '/[locale]/events/[slug]', '/[locale]/sources/[slug]', '/[locale]/[...rest]']) {
      expect(addressKind(addressOf(pattern)), pattern).toBe('cached');
    }
  });

  it('lets route handlers load nothing at all', () => {
    for (const pattern of Object.keys(routeAccess)) expect(addressKind(addressOf(pattern)), pattern).toBe('data');
  });

  it('lets code be evaluated only under `next dev`', () => {
    for (const kind of ['rendered', 'cached'] as const) {
      expect(contentSecurityPolicy(kind, { nonce: 'abc', https: false })).not.toContain('unsafe-eval');
      expect(contentSecurityPolicy(kind, { nonce: 'abc', https: false, development: true })).toContain("'unsafe-eval'");
    }
  });

  it('refuses to build a per-request policy without a nonce', () => {
    expect(() => contentSecurityPolicy('rendered', { https: false })).toThrow();
    expect(contentSecurityPolicy('rendered', { nonce: 'abc', https: false })).toContain("script-src 'nonce-abc' 'strict-dynamic'");
  });
});

describe('HTTPS', () => {
  it('is required by browsers for two years, and mixed content upgraded, only where the site is served over HTTPS', () => {
    expect(commonSecurityHeaders('/en', { https: true })['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(contentSecurityPolicy('cached', { https: true })).toContain('upgrade-insecure-requests');
    expect(commonSecurityHeaders('/en', { https: false })['Strict-Transport-Security']).toBeUndefined();
    expect(contentSecurityPolicy('cached', { https: false })).not.toContain('upgrade-insecure-requests');
  });

  it('keeps a subscriber link and a sign-in link out of every Referer header', () => {
    for (const address of ['/unsubscribe/token', '/fr/unsubscribe/token', '/en/subscription/token', '/ru/subscription/token/data.json', '/en/subscribe/confirm/token', '/ru/admin/sign-in/confirm']) {
      expect(commonSecurityHeaders(address, { https: false })['Referrer-Policy'], address).toBe('no-referrer');
    }
    expect(commonSecurityHeaders('/en/subscribe', { https: false })['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(commonSecurityHeaders('/en/admin/sign-in', { https: false })['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });
});

describe('cross-site writes', () => {
  const request = (method: string, pathname: string, headers: Record<string, string>) => ({ method, pathname, headers: new Headers(headers) });

  it('accepts writes from this site, behind a proxy too', () => {
    expect(isForgeryCandidate(request('POST', '/en/subscribe', { origin: 'https://tracker.example.org', host: 'tracker.example.org' }))).toBe(false);
    expect(isForgeryCandidate(request('POST', '/en/admin/cases/new', { origin: 'https://tracker.example.org', host: '127.0.0.1:3000', 'x-forwarded-host': 'tracker.example.org' }))).toBe(false);
  });

  it('refuses writes from another site, from an opaque origin, or from nowhere', () => {
    for (const origin of ['https://attacker.example', 'https://tracker.example.org.attacker.example', 'null', 'not a url', undefined]) {
      const headers: Record<string, string> = { host: 'tracker.example.org', ...(origin === undefined ? {} : { origin }) };
      for (const pathname of ['/en/subscribe', '/api/auth/signin/email', '/api/auth/signout', '/en/admin/people']) {
        expect(isForgeryCandidate(request('POST', pathname, headers)), `${origin} → ${pathname}`).toBe(true);
      }
      expect(isForgeryCandidate(request('DELETE', '/api/v1/cases', headers))).toBe(true);
    }
  });

  it('lets reads through, and the writes of callers that are no browser: the signed webhook and one-click unsubscribe', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(isForgeryCandidate(request(method, '/en/subscribe', {}))).toBe(false);
    expect(isForgeryCandidate(request('POST', '/api/webhooks/resend', {}))).toBe(false);
    expect(isForgeryCandidate(request('POST', `/unsubscribe/${'x'.repeat(43)}`, {}))).toBe(false);
    expect(isForgeryCandidate(request('POST', `/en/unsubscribe/${'x'.repeat(43)}`, {}))).toBe(true);
  });
});
