import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Pages only: not the API, Next's assets, files with an extension (feeds, icons), calendar downloads or the
  // one-click unsubscribe address (mail clients POST to it; it chooses the page's language itself).
  matcher: ['/((?!api|_next|_vercel|events/[^/]+/ics|unsubscribe/|.*\\..*).*)'],
};
