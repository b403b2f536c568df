import { serveCaseFeed } from '@/lib/feeds/serve';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return serveCaseFeed(request, (await params).slug);
}
