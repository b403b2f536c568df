import { clientOrigin, corsHeaders, entityTag, representationAnswer } from './open-data-http.mjs';
import type { ApiError } from './schemas';

/**
 * HTTP for the open data (API, CSV, feeds): public caching with validators, conditional requests answered
 * with 304, CORS for any origin (read-only, no credentials), and JSON errors. The rules themselves are in
 * open-data-http.mjs, which the web server also answers kept copies with.
 */

/**
 * The origin the client asked for, for absolute links: Next.js builds `request.url` from the address the server
 * listens on, not from the Host header (see clientOrigin).
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const headers = { host: request.headers.get('host'), forwardedProto: request.headers.get('x-forwarded-proto') };
  return clientOrigin({ ...headers, protocol: url.protocol.slice(0, -1) }) ?? url.origin;
}

/** The request's address as the client sees it (see requestOrigin). */
export const publicRequestUrl = (request: Request) => {
  const url = new URL(request.url);
  return new URL(`${url.pathname}${url.search}`, requestOrigin(request));
};

/** `etag`: the body's entity tag when already known (kept answers carry it, so it is not hashed per request). */
export type Representation = { body: string; contentType: string; lastModified?: Date | null; headers?: Record<string, string>; etag?: string };

/** 200 with ETag and Last-Modified, or 304 when the request's validators still match (If-None-Match wins). */
export function conditionalResponse(request: Request, representation: Representation): Response {
  const etag = representation.etag ?? entityTag(representation.body);
  const validators = { ifNoneMatch: request.headers.get('if-none-match'), ifModifiedSince: request.headers.get('if-modified-since') };
  const { status, headers } = representationAnswer({ ...representation, etag }, validators);
  return new Response(status === 304 ? null : representation.body, { status, headers });
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
