import type { NextRequest } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { calendarLanguage, calendarResponse, renderCalendar } from '@/lib/events/calendar';
import { upcomingCalendarEvents } from '@/lib/events/queries';

export const dynamic = 'force-dynamic';

/** Every upcoming action, for calendar apps to subscribe to. */
export async function GET(request: NextRequest) {
  const language = calendarLanguage(request.nextUrl.searchParams);
  if (language instanceof Response) return language;
  const [events, t] = await Promise.all([
    upcomingCalendarEvents(language.locale),
    getTranslations({ locale: language.locale, namespace: 'events' }),
  ]);
  const body = renderCalendar(events, {
    ...language,
    origin: request.nextUrl.origin,
    kindLabel: (kind) => t(`kind.${kind}`),
    name: t('calendarName'),
    refreshSeconds: 60 * 60,
  });
  return calendarResponse(body, 'kazakhstan-solidarity-actions.ics', 'inline');
}
