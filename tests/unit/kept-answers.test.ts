import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entityTag } from '@/lib/api/open-data-http.mjs';
import { createKeptAnswers } from '@/lib/cache/kept-answers.mjs';
import { createPageStore, representationKey } from '@/lib/cache/page-cache-handler.mjs';

const pageScript = 'self.__next_f.push([1,"page data"])';
const html = `<!DOCTYPE html><html lang="en"><body><h1>Vadim Kuramshin</h1>${'<p>Detained.</p>'.repeat(100)}<script>${pageScript}</script></body></html>`;
/** What Next stores for a page rendered whole, after asking for it with the page's implicit tags. */
const renderedPage = { kind: 'APP_PAGE', html, rscData: Buffer.from('rsc'), headers: { 'x-next-cache-tags': '_N_T_/en/cases/vadim-kuramshin' }, status: 200 };
/** Where Next keeps it: its route (hashed) and its path. */
const pageKey = '/route-cache/APP_PAGE/5f1c0e/$/en/cases/vadim-kuramshin';
const impliedTags = ['_N_T_/layout', '_N_T_/en/cases/vadim-kuramshin'];
const lastModified = new Date('2026-11-20T10:00:00Z');
const feed = { body: '<feed>…</feed>', contentType: 'application/atom+xml; charset=utf-8', lastModified, etag: entityTag('<feed>…</feed>') };

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  ({ method, url, headers: { host: 'tracker.example', ...headers } }) as unknown as IncomingMessage;

function setUp() {
  const store = createPageStore({ maxBytes: 1024 * 1024, log: () => {} });
  store.get(pageKey, impliedTags);
  store.set(pageKey, renderedPage, { cacheControl: { revalidate: 60, expire: 31536000 } });
  store.get(representationKey('http://tracker.example/feed.xml'), ['_N_T_/layout']);
  store.set(representationKey('http://tracker.example/feed.xml'), feed, { tags: ['_N_T_/layout'] });
  return { store, keptAnswer: createKeptAnswers({ store, locales: ['en', 'fr', 'ru'], https: false }) };
}

afterEach(() => vi.useRealTimers());

describe('the web server’s kept answers', () => {
  it('answer a kept page as Next does: its status, HTML, validators, lifetime and the public page policy', () => {
    const { keptAnswer } = setUp();
    const answer = keptAnswer(request('/en/cases/vadim-kuramshin'))!;
    expect(answer.status).toBe(200);
    expect(answer.body?.toString()).toBe(html);
    expect(answer.headers).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 's-maxage=60, stale-while-revalidate=31535940',
      ETag: expect.stringMatching(/^"\w+"$/),
      Vary: expect.stringContaining('rsc'),
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'X-Cache': 'HIT',
    });
    // The page's own inline script may run, by its hash; no other inline script may.
    expect(answer.headers['Content-Security-Policy']).toContain(`script-src 'self' 'sha256-${createHash('sha256').update(pageScript).digest('base64')}';`);
    expect(answer.headers['Content-Security-Policy']).not.toContain('unsafe-inline');
    expect(answer.headers).not.toHaveProperty('x-next-cache-tags');
  });

  it('compress for clients that accept gzip, answer 304 to a matching ETag and send no body to HEAD', () => {
    const { keptAnswer } = setUp();
    const gzipped = keptAnswer(request('/en/cases/vadim-kuramshin', { 'accept-encoding': 'gzip, deflate' }))!;
    expect(gzipped.headers['Content-Encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body!).toString()).toBe(html);
    expect(keptAnswer(request('/en/cases/vadim-kuramshin', { 'accept-encoding': 'gzip;q=0' }))!.headers['Content-Encoding']).toBeUndefined();

    const unchanged = keptAnswer(request('/en/cases/vadim-kuramshin', { 'if-none-match': gzipped.headers.ETag! }))!;
    expect(unchanged).toMatchObject({ status: 304, body: null, headers: { ETag: gzipped.headers.ETag } });
    expect(keptAnswer(request('/en/cases/vadim-kuramshin', {}, 'HEAD'))).toMatchObject({ status: 200, body: null });
  });

  it('send brotli to clients that accept it once it is made, gzip until then, and honour refusals and *', async () => {
    const { keptAnswer } = setUp();
    const asking = (acceptEncoding: string) => keptAnswer(request('/en/cases/vadim-kuramshin', { 'accept-encoding': acceptEncoding }))!;
    expect(asking('gzip, deflate, br, zstd').headers['Content-Encoding']).toBe('gzip');
    await vi.waitFor(() => expect(asking('gzip, deflate, br, zstd').headers['Content-Encoding']).toBe('br'));
    const brotli = asking('br');
    expect(brotliDecompressSync(brotli.body!).toString()).toBe(html);
    expect(brotli.headers['Content-Length']).toBe(String(brotli.body!.length));
    expect(brotli.body!.length).toBeLessThan(asking('gzip').body!.length);
    expect(brotli.headers.ETag).toBe(asking('gzip').headers.ETag);
    expect(asking('gzip, br;q=0').headers['Content-Encoding']).toBe('gzip');
    expect(asking('*').headers['Content-Encoding']).toBe('br');
    expect(asking('BR;q=0, *').headers['Content-Encoding']).toBe('gzip');
    expect(asking('identity').headers['Content-Encoding']).toBeUndefined();
  });

  it('answer a kept feed for the origin it was built for, with its validators and CORS', () => {
    const { keptAnswer } = setUp();
    const answer = keptAnswer(request('/feed.xml'))!;
    expect(answer.body?.toString()).toBe(feed.body);
    expect(answer.headers).toMatchObject({
      'Content-Type': feed.contentType,
      ETag: feed.etag,
      'Last-Modified': lastModified.toUTCString(),
      'Access-Control-Allow-Origin': '*',
      'Content-Security-Policy': expect.stringContaining("default-src 'none'"),
    });
    expect(keptAnswer(request('/feed.xml', { 'if-modified-since': lastModified.toUTCString() }))).toMatchObject({ status: 304, body: null });
    // Its links are absolute: another origin's feed is built by Next.
    expect(keptAnswer(request('/feed.xml', { host: 'mirror.example' }))).toBeNull();
    expect(keptAnswer(request('/feed.xml', { host: 'bad host' }))).toBeNull();
  });

  it('leave to Next what it must see: router data, writes, queries, other addresses and anything not kept', () => {
    const { keptAnswer } = setUp();
    const nextOnly = [
      request('/en/cases/vadim-kuramshin', { rsc: '1' }),
      request('/en/cases/vadim-kuramshin', { 'next-router-prefetch': '1' }),
      request('/en/cases/vadim-kuramshin', { 'next-action': 'abc' }),
      request('/en/cases/vadim-kuramshin', { 'content-type': 'text/plain' }),
      request('/en/cases/vadim-kuramshin', {}, 'POST'),
      request('/en/cases/vadim-kuramshin?utm_source=newsletter'),
      request('/en/cases/vadim-kuramshin/'),
      request('/en/admin'),
      request('/fr/cases/vadim-kuramshin'),
      request('/api/v1/cases'),
    ];
    for (const asked of nextOnly) expect(keptAnswer(asked), `${asked.method} ${asked.url} ${JSON.stringify(asked.headers)}`).toBeNull();
  });

  it('stop answering a page or feed once the public record changes, or once its lifetime is over', async () => {
    const revalidated = setUp();
    await revalidated.store.revalidate(['_N_T_/layout']);
    expect(revalidated.keptAnswer(request('/en/cases/vadim-kuramshin'))).toBeNull();
    expect(revalidated.keptAnswer(request('/feed.xml'))).toBeNull();

    const old = setUp();
    vi.useFakeTimers({ now: Date.now() + 61_000 });
    expect(old.keptAnswer(request('/en/cases/vadim-kuramshin'))).toBeNull();
    expect(old.keptAnswer(request('/feed.xml'))).not.toBeNull();
  });
});
