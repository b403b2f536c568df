import { serveLatestUpdatesFeed } from '@/lib/feeds/serve';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return serveLatestUpdatesFeed(request);
}
