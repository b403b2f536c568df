import { caseEndpoint } from '@/lib/api/endpoints';
import { preflightResponse } from '@/lib/api/http';
import { isSlug } from '@/lib/api/parameters';
import { getCase } from '@/lib/api/queries';
import { serveJson } from '@/lib/api/serve';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return serveJson(request, caseEndpoint, async (_query, site) => {
    const found = isSlug(slug) ? await getCase(slug, site) : null;
    return found && { body: found.item, lastModified: found.lastModified };
  });
}

export const OPTIONS = preflightResponse;
