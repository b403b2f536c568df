import { checkDatabase } from '@/lib/health';

export const dynamic = 'force-dynamic';

/** 200 while the database answers, 503 while it does not; the body says which and nothing more. */
export async function GET() {
  const ok = await checkDatabase();
  return Response.json({ status: ok ? 'ok' : 'unavailable' }, { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
