import { checkDatabase } from '@/lib/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const database = await checkDatabase();
  const body = database.ok ? { status: 'ok' } : { status: 'unavailable', reason: database.reason };
  return Response.json(body, { status: database.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
