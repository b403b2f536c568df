// The web server's own answers (scripts/web-server.mjs): a public page, feed or API answer that is kept in the page
// store, fresh, and asked for plainly is sent from memory without going through Next, the same bytes and headers
// Next would send. Anything else, or anything in doubt, is left to Next (null). Next's request handling costs
// several times what sending a kept answer does, and it is what a spike of attention asks for.
import { gzipSync } from 'node:zlib';
import nextCacheControl from 'next/dist/server/lib/cache-control.js';
import nextEtag from 'next/dist/server/lib/etag.js';
import { clientOrigin, matchesEntityTag, representationAnswer } from '../api/open-data-http.mjs';
import { publicAddressPatterns, publicAnswerHeaders } from '../security/policies.mjs';
import { representationKey } from './page-cache-handler.mjs';

/** Next's answers of the app router vary on these (and it compresses). */
const vary = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';
/** Says the web server answered from memory (as a CDN would say it), where Next says `x-nextjs-cache`. */
const servedFromMemory = { 'X-Cache': 'HIT' };
/** Next's compression leaves smaller answers as they are. */
const compressFrom = 1024;
/**
 * Requests Next must see: its router's own requests for page data, and any request with a body or naming a server
 * action (proxy.ts checks those for forgery).
 */
const nextOnlyHeaders = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action', 'content-type', 'content-length', 'transfer-encoding'];

/** @param {string | undefined} header */
function acceptsGzip(header) {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...parameters] = part.split(';').map((piece) => piece.trim());
    return (coding === 'gzip' || coding === '*') && !parameters.some((parameter) => /^q=0(\.0*)?$/.test(parameter));
  });
}

/**
 * @typedef {{ status: number; headers: Record<string, string>; body: Buffer | null }} KeptAnswer
 * @typedef {(request: import('node:http').IncomingMessage) => { status: number; headers: Record<string, string> }} Validate
 * @typedef {{ body: Buffer; gzipped: Buffer | null; validate: Validate }} Prepared
 */

/**
 * @param {{ store: { peek(key: string): { value: any; cacheControl?: any } | null; peekPage(path: string): { value: any; cacheControl?: any } | null }; locales: readonly string[]; https: boolean }} options
 * @returns {(request: import('node:http').IncomingMessage) => KeptAnswer | null}
 */
export function createKeptAnswers({ store, locales, https }) {
  const patterns = publicAddressPatterns(locales);
  const headersOf = publicAnswerHeaders({ https, development: false });
  /** Each kept value's answer, worked out once: a new rendering is a new value. @type {WeakMap<object, Prepared>} */
  const prepared = new WeakMap();

  /** @param {string} text @param {Validate} validate @returns {Prepared} */
  const prepare = (text, validate) => {
    const body = Buffer.from(text);
    return { body, gzipped: body.length >= compressFrom ? gzipSync(body) : null, validate };
  };

  /** A page as Next stored it (an app router page rendered whole, HTML as a string). @param {{ value: any; cacheControl?: any }} entry */
  function preparePage({ value, cacheControl }) {
    if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || value.postponed) return null;
    const { 'x-next-cache-tags': _tags, ...storedHeaders } = value.headers ?? {};
    const etag = nextEtag.generateETag(value.html);
    const headers = {
      ...headersOf.page,
      Vary: vary,
      ...Object.fromEntries(Object.entries(storedHeaders).map(([name, header]) => [name, String(header)])),
      'Cache-Control': nextCacheControl.getCacheControlHeader(cacheControl ?? { revalidate: false }),
      ETag: etag,
    };
    const complete = { status: value.status ?? 200, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } };
    /** Next answers 304 to a matching If-None-Match, with the same headers. */
    return prepare(value.html, (request) => {
      const ifNoneMatch = request.headers['if-none-match'];
      return ifNoneMatch && matchesEntityTag(ifNoneMatch, etag) ? { status: 304, headers } : complete;
    });
  }

  /** A feed's or the API's answer as lib/cache/representations.ts keeps it. @param {{ value: any }} entry */
  function prepareRepresentation({ value }) {
    if (typeof value?.body !== 'string' || typeof value.etag !== 'string') return null;
    return prepare(value.body, (request) => {
      const validators = { ifNoneMatch: request.headers['if-none-match'] ?? null, ifModifiedSince: request.headers['if-modified-since'] ?? null };
      const { status, headers } = representationAnswer(value, validators);
      return { status, headers: { ...headersOf.data, Vary: vary, ...headers } };
    });
  }

  /** The kept entry this request asks for, if it is one the server may answer itself. @param {import('node:http').IncomingMessage} request */
  function keptEntryFor(request) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    const path = request.url ?? '';
    if (path.includes('?') || nextOnlyHeaders.some((name) => request.headers[name] !== undefined)) return null;
    if (patterns.page.test(path)) {
      const entry = store.peekPage(path);
      return entry && { entry, prepareEntry: preparePage };
    }
    if (patterns.data.test(path)) {
      const origin = clientOrigin({ host: request.headers.host, forwardedProto: /** @type {string | undefined} */ (request.headers['x-forwarded-proto']), protocol: 'http' });
      const entry = origin && store.peek(representationKey(new URL(path, origin).href));
      return entry && { entry, prepareEntry: prepareRepresentation };
    }
    return null;
  }

  return (request) => {
    const found = keptEntryFor(request);
    if (!found) return null;
    let answer = prepared.get(found.entry.value);
    if (!answer) {
      const made = found.prepareEntry(found.entry);
      if (!made) return null;
      prepared.set(found.entry.value, made);
      answer = made;
    }
    const { status, headers } = answer.validate(request);
    if (status === 304 || request.method === 'HEAD') return { status, headers: { ...headers, ...servedFromMemory }, body: null };
    const gzip = answer.gzipped && acceptsGzip(request.headers['accept-encoding']);
    const body = gzip ? /** @type {Buffer} */ (answer.gzipped) : answer.body;
    return { status, headers: { ...headers, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': String(body.length), ...servedFromMemory }, body };
  };
}
