// Cached public pages are the same bytes for everyone, so they cannot carry a nonce; Next writes each page's data
// as inline scripts. Instead of allowing every inline script ('unsafe-inline'), the web server allows exactly the
// ones the page holds, by their SHA-256 hashes: an injected script or event handler does not run.
import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

// A script element's text ends at the first "</script" (HTML's parsing rule; Next escapes "</" in its data).
const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script[\s/>]/gi;

/**
 * The CSP hash sources of a page's inline scripts, each once, in page order.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, text] of html.matchAll(scriptElement)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The cached-page policy with 'unsafe-inline' of its script-src replaced by the hashes of the page's own inline
 * scripts.
 * @param {string} policy @param {string} html
 */
export function policyWithScriptHashes(policy, html) {
  return policy.replace(/(script-src[^;]*?) 'unsafe-inline'/, (_, directive) => [directive, ...inlineScriptHashes(html)].join(' '));
}

const decoders = { gzip: gunzipSync, br: brotliDecompressSync, deflate: inflateSync };

/**
 * Holds an HTML answer that carries `cachedPolicy` until it is complete, then sends it with the hashes of its own
 * inline scripts in place of 'unsafe-inline'. Every other answer passes through untouched, as it is written. A 304
 * leaves out the policy: the browser keeps the one it stored with the same content.
 * @param {import('node:http').ServerResponse} response
 * @param {string} cachedPolicy
 */
export function holdForScriptHashes(response, cachedPolicy) {
  const real = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
  /** @type {boolean | undefined} */
  let holding;
  /** @type {number | undefined} */
  let status;
  /** @type {Buffer[]} */
  const chunks = [];

  // The methods stay wrapped (middleware such as Next's compression wraps them again, on top): once the answer is
  // known not to be held, each passes straight through.
  const decide = () => {
    if (holding !== undefined) return holding;
    const statusCode = status ?? response.statusCode;
    const carriesCachedPolicy = response.getHeader('content-security-policy') === cachedPolicy;
    if (carriesCachedPolicy && statusCode === 304) response.removeHeader('content-security-policy');
    holding = carriesCachedPolicy && statusCode !== 304 && /^text\/html\b/.test(String(response.getHeader('content-type') ?? ''));
    if (!holding && status !== undefined) real.writeHead.call(response, status);
    return holding;
  };

  /** @type {any} */
  const patched = response;
  patched.writeHead = (/** @type {number} */ statusCode, /** @type {any[]} */ ...rest) => {
    const headers = rest.find((argument) => typeof argument === 'object' && argument !== null);
    if (Array.isArray(headers)) {
      for (let index = 0; index < headers.length; index += 2) response.setHeader(headers[index], headers[index + 1]);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
    }
    if (holding === false) return real.writeHead.call(response, statusCode);
    status = statusCode;
    decide();
    return response;
  };
  patched.flushHeaders = () => {
    if (!decide()) real.flushHeaders.call(response);
  };
  patched.write = (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) => {
    if (!decide()) return real.write.call(response, chunk, encoding, callback);
    chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : undefined));
    (typeof encoding === 'function' ? encoding : callback)?.();
    return true;
  };
  patched.end = (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) => {
    if (!decide()) return real.end.call(response, chunk, encoding, callback);
    if (typeof chunk === 'function') callback = chunk;
    else if (chunk != null) chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : undefined));
    if (typeof encoding === 'function') callback = encoding;
    const body = Buffer.concat(chunks);
    const coding = String(response.getHeader('content-encoding') ?? 'identity').toLowerCase();
    const decode = decoders[/** @type {keyof typeof decoders} */ (coding)];
    const html = (decode ? decode(body) : body).toString('utf8');
    response.setHeader('Content-Security-Policy', policyWithScriptHashes(cachedPolicy, html));
    response.removeHeader('transfer-encoding');
    response.setHeader('Content-Length', body.length);
    real.writeHead.call(response, status ?? response.statusCode);
    return real.end.call(response, body, callback);
  };
  return response;
}
