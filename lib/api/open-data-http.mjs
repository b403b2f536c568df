// The open data's HTTP rules (API, CSV, feeds) in plain JavaScript: the route handlers (lib/api/http.ts) answer
// with them, and so does the web server (scripts/web-server.mjs) when it answers a kept copy itself.
import { createHash } from 'node:crypto';

/** Short, so that a correction or a newly protected identity reaches caches within a minute. */
const publicCacheControl = 'public, max-age=60';

export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Retry-After',
};

const hostPattern = /^([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/;

/**
 * The origin the client asked for, from its Host header, or null when that is missing or malformed.
 * X-Forwarded-Host is not trusted (shared caches do not key on it); X-Forwarded-Proto only says http or https.
 * @param {{ host: string | null | undefined; forwardedProto: string | null | undefined; protocol: string }} request
 */
export function clientOrigin({ host, forwardedProto, protocol }) {
  const forwarded = forwardedProto?.split(',')[0]?.trim();
  const scheme = forwarded === 'https' || forwarded === 'http' ? forwarded : protocol;
  return host && hostPattern.test(host) ? `${scheme}://${host}` : null;
}

/** @param {string} body */
export function entityTag(body) {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/**
 * RFC 9110 weak comparison: a W/ prefix is ignored; `*` matches any current representation.
 * @param {string} ifNoneMatch @param {string} etag
 */
export function matchesEntityTag(ifNoneMatch, etag) {
  const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === opaque(etag));
}

/**
 * HTTP dates have whole seconds; a representation is unmodified if it changed within the second given.
 * @param {string} ifModifiedSince @param {Date} lastModified
 */
export function notModifiedSince(ifModifiedSince, lastModified) {
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/**
 * 200 with ETag and Last-Modified, or 304 when the request's validators still match (If-None-Match wins): the
 * status and headers of an answer, its body being the representation's.
 * @param {{ contentType: string; lastModified?: Date | null; headers?: Record<string, string>; etag: string }} representation
 * @param {{ ifNoneMatch: string | null; ifModifiedSince: string | null }} request
 * @returns {{ status: 200 | 304; headers: Record<string, string> }}
 */
export function representationAnswer({ contentType, lastModified, headers, etag }, { ifNoneMatch, ifModifiedSince }) {
  /** @type {Record<string, string>} */
  const validators = {
    ETag: etag,
    'Cache-Control': publicCacheControl,
    ...(lastModified ? { 'Last-Modified': lastModified.toUTCString() } : {}),
    ...corsHeaders,
  };
  const unchanged = ifNoneMatch !== null ? matchesEntityTag(ifNoneMatch, etag) : ifModifiedSince !== null && !!lastModified && notModifiedSince(ifModifiedSince, lastModified);
  if (unchanged) return { status: 304, headers: validators };
  return { status: 200, headers: { 'Content-Type': contentType, 'X-Content-Type-Options': 'nosniff', ...validators, ...headers } };
}
