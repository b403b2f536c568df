import { createHash } from 'node:crypto';
import http, { type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { holdForScriptHashes, inlineScriptHashes, policyWithScriptHashes } from '@/lib/security/inline-script-hashes.mjs';
import { contentSecurityPolicy } from '@/lib/security/policies.mjs';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const cachedPolicy = contentSecurityPolicy('cached', { https: false });
const scripts = ['self.__next_f.push([0])', 'self.__next_f.push([1,"Жанаозен \\u003c/script>"])'];
const page = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script></head><body><h1>Жанаозен</h1><script>${scripts[0]}</script><SCRIPT type="text/javascript">${scripts[1]}</SCRIPT ><script>${scripts[0]}</script></body></html>`;

describe('the hashes of a page’s inline scripts', () => {
  it('are those of each inline script, once each, and of no script file', () => {
    expect(inlineScriptHashes(page)).toEqual(scripts.map(sha256));
  });

  it('replace the cached-page policy’s unsafe-inline, and nothing else of it', () => {
    const strict = policyWithScriptHashes(cachedPolicy, page);
    expect(strict).not.toContain('unsafe-inline');
    expect(strict).toContain(`script-src 'self' ${scripts.map(sha256).join(' ')};`);
    expect(strict.replace(/ 'sha256-[^']+'/g, '')).toBe(cachedPolicy.replace(" 'unsafe-inline'", ''));
    expect(policyWithScriptHashes(cachedPolicy, '<p>No script</p>')).toContain("script-src 'self';");
  });
});

// Next's own compression middleware, as its router server puts it in front of every answer.
const compression = createRequire(import.meta.url)('next/dist/compiled/compression') as () => (request: unknown, response: unknown, next: () => void) => void;
let server: http.Server | undefined;
afterEach(() => server?.close());

/** A server that answers as Next does, through the hold and then the compression, and what a client receives. */
async function served(answer: (response: ServerResponse) => void, headers: Record<string, string> = {}) {
  server = http.createServer((request, response) => {
    holdForScriptHashes(response, cachedPolicy);
    compression()(request, response, () => {});
    answer(response);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', path: '/en', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** A page streamed in pieces, its headers flushed first, as Next streams a render. */
const streamedPage = (policy: string, contentType = 'text/html; charset=utf-8') => (response: ServerResponse) => {
  response.setHeader('Content-Type', contentType);
  response.setHeader('Content-Security-Policy', policy);
  response.flushHeaders();
  const half = Math.floor(page.length / 2);
  response.write(page.slice(0, half));
  response.write(Buffer.from(page.slice(half)));
  response.end();
};

describe('an answer of a cached page through the web server', () => {
  it('is sent whole with the hashes of its inline scripts, compressed as the client asked', async () => {
    for (const encoding of ['gzip', 'identity']) {
      const { status, headers, body } = await served(streamedPage(cachedPolicy), { 'accept-encoding': encoding });
      server!.close();
      expect(status).toBe(200);
      expect(headers['content-security-policy']).toBe(policyWithScriptHashes(cachedPolicy, page));
      expect((encoding === 'gzip' ? gunzipSync(body) : body).toString()).toBe(page);
      expect(headers['content-encoding']).toBe(encoding === 'gzip' ? 'gzip' : undefined);
      expect(Number(headers['content-length'])).toBe(body.length);
    }
  });

  it('passes every other answer through as written: another policy, another type, a 304 without its policy', async () => {
    const rendered = contentSecurityPolicy('rendered', { https: false, nonce: 'abc' });
    const other = await served(streamedPage(rendered), { 'accept-encoding': 'gzip' });
    server!.close();
    expect(other.headers['content-security-policy']).toBe(rendered);
    expect(gunzipSync(other.body).toString()).toBe(page);

    const json = await served(streamedPage(cachedPolicy, 'application/json'));
    server!.close();
    expect(json.headers['content-security-policy']).toBe(cachedPolicy);
    expect(json.body.toString()).toBe(page);

    const notModified = await served((response) => {
      response.setHeader('Content-Security-Policy', cachedPolicy);
      response.writeHead(304, { ETag: '"abc"' });
      response.end();
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.etag).toBe('"abc"');
    expect(notModified.headers['content-security-policy']).toBeUndefined();
  });
});
