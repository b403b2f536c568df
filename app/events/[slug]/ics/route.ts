import type { NextRequest } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { isSlug } from '@/lib/api/parameters';
import { calendarLanguage, calendarResponse, renderCalendar } from '@/lib/events/calendar';
import { getCalendarEvent } from '@/lib/events/queries';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

/** One action, past or upcoming, as an iCalendar file to add to a calendar app. */
export async function GET(request: NextRequest, { params }: Context) {
  const language = calendarLanguage(request.nextUrl.searchParams);
  if (language instanceof Response) return language;
  const { slug } = await params;
  const event = isSlug(slug) ? await getCalendarEvent(slug, language.locale) : null;
  if (!event) return Response.json({ error: 'No such action' }, { status: 404 });
  const t = await getTranslations({ locale: language.locale, namespace: 'events' });
  const body = renderCalendar([event], { ...language, origin: request.nextUrl.origin, kindLabel: (kind) => t(`kind.${kind}`) });
  return calendarResponse(body, `${event.slug}.ics`, 'attachment');
}
