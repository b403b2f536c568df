import { createHash } from 'node:crypto';
import type { ApiError } from './schemas';

/**
 * HTTP for the open data (API, CSV, feeds): public caching with validators, conditional requests answered
 * with 304, CORS for any origin (read-only, no credentials), and JSON errors.
 */

/** Short, so that a correction or a newly protected identity reaches caches within a minute. */
const publicCacheControl = 'public, max-age=60';

const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Retry-After',
} as const;

const hostPattern = /^([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/;

/**
 * The origin the client asked for, for absolute links: Next.js builds `request.url` from the address the server
 * listens on, not from the Host header. X-Forwarded-Host is not trusted (shared caches do not key on it);
 * X-Forwarded-Proto only says http or https.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host');
  const forwardedProto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const protocol = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : url.protocol.slice(0, -1);
  return host && hostPattern.test(host) ? `${protocol}://${host}` : url.origin;
}

/** The request's address as the client sees it (see requestOrigin). */
export const publicRequestUrl = (request: Request) => {
  const url = new URL(request.url);
  return new URL(`${url.pathname}${url.search}`, requestOrigin(request));
};

export function entityTag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** RFC 9110 weak comparison: a W/ prefix is ignored; `*` matches any current representation. */
export function matchesEntityTag(ifNoneMatch: string, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === opaque(etag));
}

/** HTTP dates have whole seconds; a representation is unmodified if it changed within the second given. */
export function notModifiedSince(ifModifiedSince: string, lastModified: Date): boolean {
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** `etag`: the body's entity tag when already known (kept answers carry it, so it is not hashed per request). */
export type Representation = { body: string; contentType: string; lastModified?: Date | null; headers?: Record<string, string>; etag?: string };

/** 200 with ETag and Last-Modified, or 304 when the request's validators still match (If-None-Match wins). */
export function conditionalResponse(request: Request, { body, contentType, lastModified, headers, etag = entityTag(body) }: Representation): Response {
  const validators: Record<string, string> = {
    ETag: etag,
    'Cache-Control': publicCacheControl,
    ...(lastModified ? { 'Last-Modified': lastModified.toUTCString() } : {}),
    ...corsHeaders,
  };
  const ifNoneMatch = request.headers.get('if-none-match');
  const ifModifiedSince = request.headers.get('if-modified-since');
  const unchanged = ifNoneMatch !== null ? matchesEntityTag(ifNoneMatch, etag) : ifModifiedSince !== null && !!lastModified && notModifiedSince(ifModifiedSince, lastModified);
  if (unchanged) return new Response(null, { status: 304, headers: validators });
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': contentType, 'X-Content-Type-Options': 'nosniff', ...validators, ...headers },
  });
}

export function errorResponse(status: 400 | 404 | 500 | 503, error: ApiError['error']): Response {
  return new Response(JSON.stringify({ error } satisfies ApiError), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...(status === 503 ? { 'Retry-After': '30' } : {}), ...corsHeaders },
  });
}

/** The CORS preflight: GET (and HEAD) only, with the conditional-request headers allowed. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
      'Access-Control-Max-Age': '86400',
      Allow: 'GET, HEAD, OPTIONS',
    },
  });
}
