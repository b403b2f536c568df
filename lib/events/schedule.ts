import { TZDate } from '@date-fns/tz';

/** When an event happens: instants, and the IANA time zone it happens in. */
export type EventTiming = { startsAt: Date; endsAt: Date | null; timeZone: string };

/** The calendar day an instant falls on in `timeZone`, at UTC midnight (how the record stores calendar dates). */
export function calendarDay(instant: Date, timeZone: string): Date {
  const local = new TZDate(instant, timeZone);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

/** The instant an event is over. Without a stated end it stays current until the end of its day, where it happens. */
export function endOf({ startsAt, endsAt, timeZone }: EventTiming): Date {
  if (endsAt) return endsAt;
  const local = new TZDate(startsAt, timeZone);
  return new Date(new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + 1, timeZone).getTime());
}

export function hasEnded(event: EventTiming, now: Date): boolean {
  return endOf(event).getTime() <= now.getTime();
}

/** First and last day of an all-day event, as calendar dates; its end is the (exclusive) midnight after the last day. */
export function allDayDates({ startsAt, endsAt, timeZone }: EventTiming): { first: Date; last: Date } {
  const first = calendarDay(startsAt, timeZone);
  const last = endsAt ? calendarDay(new Date(endsAt.getTime() - 1), timeZone) : first;
  return { first, last: last < first ? first : last };
}
