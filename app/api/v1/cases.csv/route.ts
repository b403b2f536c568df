import { caseCsvRow } from '@/lib/api/csv';
import { casesCsvEndpoint } from '@/lib/api/endpoints';
import { preflightResponse } from '@/lib/api/http';
import { allCases } from '@/lib/api/queries';
import { serveCsv } from '@/lib/api/serve';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return serveCsv(request, casesCsvEndpoint, 'cases.csv', async (_query, site) => {
    const { items, lastModified } = await allCases(site);
    return { body: items.map(caseCsvRow), lastModified };
  });
}

export const OPTIONS = preflightResponse;
