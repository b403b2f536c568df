import { casesEndpoint } from '@/lib/api/endpoints';
import { preflightResponse } from '@/lib/api/http';
import { nextPageUrl } from '@/lib/api/pagination';
import { listCases } from '@/lib/api/queries';
import { serveJson } from '@/lib/api/serve';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return serveJson(request, casesEndpoint, async (query, site) => {
    const { items, nextCursor, lastModified } = await listCases(query, site);
    return { body: { data: items, next: nextPageUrl(site.url, nextCursor) }, lastModified };
  });
}

export const OPTIONS = preflightResponse;
