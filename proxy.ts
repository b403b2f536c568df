import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { locales, routing } from './lib/i18n/routing';

const redirectToLanguage = createMiddleware(routing);
const directory = new RegExp(`^/(${locales.join('|')})/cases/?$`);

/**
 * Unprefixed page addresses go to a language (next-intl). The case directory with a query string (filters,
 * search) is rendered per request at /<locale>/cases/_filtered, so the plain directory stays cached.
 */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const language = directory.exec(pathname)?.[1];
  if (language && search.length > 1) return NextResponse.rewrite(new URL(`/${language}/cases/_filtered${search}`, request.url));
  return redirectToLanguage(request);
}

export const config = {
  // Pages only: not the API, Next's assets, files with an extension (feeds, icons), calendar downloads or the
  // one-click unsubscribe address (mail clients POST to it; it chooses the page's language itself).
  matcher: ['/((?!api|_next|_vercel|events/[^/]+/ics|unsubscribe/|.*\\..*).*)'],
};
