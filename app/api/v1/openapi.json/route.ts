import { conditionalResponse, preflightResponse, requestOrigin } from '@/lib/api/http';
import { openApiDocument } from '@/lib/api/openapi';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  const document = openApiDocument(requestOrigin(request));
  return conditionalResponse(request, { body: JSON.stringify(document), contentType: 'application/json; charset=utf-8' });
}

export const OPTIONS = preflightResponse;
