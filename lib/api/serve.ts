import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import { cachedRepresentation } from '../cache/representations';
import { databaseFault } from '../database-faults';
import type { Endpoint } from './endpoints';
import { conditionalResponse, errorResponse, publicRequestUrl, type Representation } from './http';
import { ParameterError, parseQuery } from './parameters';
import { logError } from '../safe-log.mjs';

/** The request as the loaders need it: its parsed query, and its URL for absolute links and `next`. */
export type Site = { origin: string; url: URL };

type Loaded<Body> = { body: Body; lastModified: Date | null } | null;

type JsonEndpoint = Endpoint & { response: { mediaType: 'application/json'; schema: z.ZodType } };
type CsvEndpoint = Endpoint & { response: { mediaType: 'text/csv'; columns: readonly string[] } };

/**
 * Parameters refused → 400, nothing found → 404, the database out of reach (a restart) → 503 with Retry-After,
 * anything unexpected → a JSON 500; neither reveals anything.
 */
async function answer<Query>(
  request: Request,
  endpoint: Endpoint,
  represent: (query: Query, site: Site) => Promise<Representation | null>,
): Promise<Response> {
  try {
    const url = publicRequestUrl(request);
    const query = parseQuery(endpoint.query, url.searchParams) as Query;
    const representation = await cachedRepresentation(url.href, () => represent(query, { origin: url.origin, url }));
    if (!representation) return errorResponse(404, { message: endpoint.notFound ?? 'Not found.' });
    return conditionalResponse(request, representation);
  } catch (error) {
    if (error instanceof ParameterError) return errorResponse(400, { parameter: error.parameter, message: error.message });
    logError(`${endpoint.path}:`, error);
    if (databaseFault(error) === 'unavailable') return errorResponse(503, { message: 'The data cannot be read for a moment. Please try again after Retry-After seconds.' });
    return errorResponse(500, { message: 'The data could not be read. Please try again later.' });
  }
}

/**
 * Serves a JSON endpoint. The body is parsed with the endpoint's response schema on the way out, so nothing
 * the schema (and so the published contract) does not name can leave, whatever a query selected.
 */
export function serveJson<E extends JsonEndpoint>(
  request: Request,
  endpoint: E,
  load: (query: z.output<E['query']>, site: Site) => Promise<Loaded<z.input<E['response']['schema']>>>,
): Promise<Response> {
  return answer<z.output<E['query']>>(request, endpoint, async (query, site) => {
    const loaded = await load(query, site);
    if (!loaded) return null;
    const body = JSON.stringify(endpoint.response.schema.parse(loaded.body));
    return { body, contentType: 'application/json; charset=utf-8', lastModified: loaded.lastModified };
  });
}

/** Serves a CSV download; the byte order mark lets spreadsheet programs read the UTF-8 (Cyrillic names) right. */
export function serveCsv<E extends CsvEndpoint>(
  request: Request,
  endpoint: E,
  fileName: string,
  load: (query: z.output<E['query']>, site: Site) => Promise<Loaded<Record<E['response']['columns'][number], string | number | boolean>[]>>,
): Promise<Response> {
  return answer<z.output<E['query']>>(request, endpoint, async (query, site) => {
    const loaded = await load(query, site);
    if (!loaded) return null;
    const body = stringify(loaded.body, {
      header: true,
      bom: true,
      columns: [...endpoint.response.columns],
      cast: { boolean: (value) => String(value) },
    });
    return { body, contentType: 'text/csv; charset=utf-8', lastModified: loaded.lastModified, headers: { 'Content-Disposition': `attachment; filename="${fileName}"` } };
  });
}
