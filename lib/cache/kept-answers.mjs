// The web server's own answers (scripts/web-server.mjs): a public page, feed or API answer that is kept in the page
// store, fresh, and asked for plainly is sent from memory without going through Next, the same bytes and headers
// Next would send. Anything else, or anything in doubt, is left to Next (null). Next's request handling costs
// several times what sending a kept answer does, and it is what a spike of attention asks for.
import { brotliCompress, constants as zlibConstants, gzipSync } from 'node:zlib';
import nextCacheControl from 'next/dist/server/lib/cache-control.js';
import nextEtag from 'next/dist/server/lib/etag.js';
import { clientOrigin, matchesEntityTag, representationAnswer } from '../api/open-data-http.mjs';
import { policyWithScriptHashes } from '../security/inline-script-hashes.mjs';
import { publicAddressPatterns, publicAnswerHeaders } from '../security/policies.mjs';
import { logError } from '../safe-log.mjs';
import { representationKey } from './page-cache-handler.mjs';

/** Next's answers of the app router vary on these (and it compresses). */
const vary = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';
/** Says the web server answered from memory (as a CDN would say it), where Next says `x-nextjs-cache`. */
const servedFromMemory = { 'X-Cache': 'HIT' };
/** Next's compression leaves smaller answers as they are. */
const compressFrom = 1024;
/** Brotli at its best takes tens of milliseconds on a page, once per rendering and off the main thread, for about a sixth fewer bytes than gzip. */
const brotliQuality = zlibConstants.BROTLI_MAX_QUALITY;
/**
 * Requests Next must see: its router's own requests for page data, and any request with a body or naming a server
 * action (proxy.ts checks those for forgery).
 */
const nextOnlyHeaders = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action', 'content-type', 'content-length', 'transfer-encoding'];

/**
 * The codings of an Accept-Encoding header the server can send: named with a weight above zero, or not named and
 * covered by `*` (RFC 9110, 12.5.3).
 * @param {string} header @returns {{ br: boolean; gzip: boolean }}
 */
function parseAcceptedCodings(header) {
  /** @type {Map<string, boolean>} */
  const weighed = new Map();
  for (const part of header.split(',')) {
    const [coding, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (coding) weighed.set(coding, !parameters.some((parameter) => /^q=0(\.0*)?$/.test(parameter)));
  }
  /** @param {string} coding */
  const accepted = (coding) => weighed.get(coding) ?? weighed.get('*') ?? false;
  return { br: accepted('br'), gzip: accepted('gzip') };
}

/**
 * @typedef {{ status: number; headers: Record<string, string>; body: Buffer | null }} KeptAnswer
 * @typedef {(request: import('node:http').IncomingMessage) => KeptAnswer | null} NotModified
 * @typedef {{ identity: KeptAnswer; gzipped: KeptAnswer | null; brotli: KeptAnswer | null; head: KeptAnswer; notModified: NotModified }} Prepared
 */

/**
 * @param {{ store: { peek(key: string): { value: any; cacheControl?: any } | null; peekPage(path: string): { value: any; cacheControl?: any } | null }; locales: readonly string[]; https: boolean }} options
 * @returns {(request: import('node:http').IncomingMessage) => KeptAnswer | null}
 */
export function createKeptAnswers({ store, locales, https }) {
  const patterns = publicAddressPatterns(locales);
  const headersOf = publicAnswerHeaders({ https, development: false });
  /** Each kept value's answers, worked out once: a new rendering is a new value. @type {WeakMap<object, Prepared>} */
  const prepared = new WeakMap();
  // Browsers send a handful of different Accept-Encoding and Host headers: each is read once.
  /** @type {Map<string, { br: boolean; gzip: boolean }>} */
  const acceptedCodings = new Map();
  /** @type {Map<string, string>} */
  const normalizedOrigins = new Map();
  /** @template T @param {Map<string, T>} memo @param {string} key @param {(key: string) => T} compute */
  const remembered = (memo, key, compute) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= 1_000) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value;
  };

  /**
   * Every answer a kept value can give but 304: whole, compressed (when worth it) and to HEAD. The brotli answer is
   * made on libuv's thread pool; until it is ready, clients that accept it get gzip.
   * @param {string} text @param {number} status @param {Record<string, string>} headers @param {NotModified} notModified @returns {Prepared}
   */
  const prepare = (text, status, headers, notModified) => {
    const body = Buffer.from(text);
    const complete = { ...headers, ...servedFromMemory };
    /** @param {string} coding @param {Buffer} bytes */
    const encoded = (coding, bytes) => ({ status, headers: { ...complete, 'Content-Encoding': coding, 'Content-Length': String(bytes.length) }, body: bytes });
    /** @type {Prepared} */
    const answers = {
      identity: { status, headers: { ...complete, 'Content-Length': String(body.length) }, body },
      gzipped: body.length >= compressFrom ? encoded('gzip', gzipSync(body)) : null,
      brotli: null,
      head: { status, headers: complete, body: null },
      notModified,
    };
    if (answers.gzipped) {
      const params = { [zlibConstants.BROTLI_PARAM_QUALITY]: brotliQuality, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length };
      brotliCompress(body, { params }, (error, bytes) => {
        if (error) logError('kept answers: brotli compression failed; gzip is sent instead', error);
        else answers.brotli = encoded('br', bytes);
      });
    }
    return answers;
  };

  /** A page as Next stored it (an app router page rendered whole, HTML as a string). @param {{ value: any; cacheControl?: any }} entry */
  function preparePage({ value, cacheControl }) {
    if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || value.postponed) return null;
    const { 'x-next-cache-tags': _tags, ...storedHeaders } = value.headers ?? {};
    const etag = nextEtag.generateETag(value.html);
    const headers = {
      ...headersOf.page,
      'Content-Security-Policy': policyWithScriptHashes(headersOf.page['Content-Security-Policy'], value.html),
      Vary: vary,
      ...Object.fromEntries(Object.entries(storedHeaders).map(([name, header]) => [name, String(header)])),
      'Cache-Control': nextCacheControl.getCacheControlHeader(cacheControl ?? { revalidate: false }),
      ETag: etag,
    };
    // Next answers 304 to a matching If-None-Match, with the same headers but the content's.
    const unchanged = { status: 304, headers: { ...headers, ...servedFromMemory }, body: null };
    return prepare(value.html, value.status ?? 200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }, (request) => {
      const ifNoneMatch = request.headers['if-none-match'];
      return ifNoneMatch && matchesEntityTag(ifNoneMatch, etag) ? unchanged : null;
    });
  }

  /** A feed's or the API's answer as lib/cache/representations.ts keeps it. @param {{ value: any }} entry */
  function prepareRepresentation({ value }) {
    if (typeof value?.body !== 'string' || typeof value.etag !== 'string') return null;
    /** @param {{ ifNoneMatch: string | null; ifModifiedSince: string | null }} validators */
    const answer = (validators) => {
      const { status, headers } = representationAnswer(value, validators);
      return { status, headers: { ...headersOf.data, Vary: vary, ...headers } };
    };
    const { status, headers } = answer({ ifNoneMatch: null, ifModifiedSince: null });
    return prepare(value.body, status, headers, (request) => {
      const validated = answer({ ifNoneMatch: request.headers['if-none-match'] ?? null, ifModifiedSince: request.headers['if-modified-since'] ?? null });
      return validated.status === 304 ? { ...validated, headers: { ...validated.headers, ...servedFromMemory }, body: null } : null;
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
      // Kept under the address as the URL parser writes it; the path, plain characters only, is written as is.
      const entry = origin && store.peek(representationKey(`${remembered(normalizedOrigins, origin, (raw) => new URL(raw).origin)}${path}`));
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
    const unchanged = (request.headers['if-none-match'] ?? request.headers['if-modified-since']) !== undefined && answer.notModified(request);
    if (unchanged) return unchanged;
    if (request.method === 'HEAD') return answer.head;
    const acceptEncoding = request.headers['accept-encoding'];
    if (!answer.gzipped || !acceptEncoding) return answer.identity;
    const accepts = remembered(acceptedCodings, acceptEncoding, parseAcceptedCodings);
    return (accepts.br && answer.brotli) || (accepts.gzip ? answer.gzipped : answer.identity);
  };
}
