import type { DatePrecision } from '../generated/prisma/enums';

export type { DatePrecision };

const dayFormat = (locale: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = (locale: string) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A date as precisely as the record knows it: "19 March 2012", "week of 12 March 2012", "March 2012",
 * "2012", "around 22 March 2012", "by 19 March 2012". Dates are calendar dates stored at UTC midnight.
 */
export function formatDateWithPrecision(date: Date, precision: DatePrecision, locale = 'en-GB'): string {
  const day = dayFormat(locale).format(date);
  switch (precision) {
    case 'DAY':
      return day;
    case 'WEEK':
      return `week of ${day}`;
    case 'MONTH':
      return monthFormat(locale).format(date);
    case 'YEAR':
      return String(date.getUTCFullYear());
    case 'APPROXIMATE':
      return `around ${day}`;
    case 'BEFORE':
      return `by ${day}`;
  }
}

/** The machine-readable form for <time datetime>: as precise as known (YYYY, YYYY-MM or YYYY-MM-DD). */
export function isoDateWithPrecision(date: Date, precision: DatePrecision): string {
  const iso = date.toISOString().slice(0, 10);
  if (precision === 'YEAR') return iso.slice(0, 4);
  if (precision === 'MONTH') return iso.slice(0, 7);
  return iso;
}

/** "since 15 March 2012", or "known as of 19 March 2012" when only a latest date is known. */
export function formatStatusSince(date: Date, precision: DatePrecision, locale = 'en-GB'): string {
  if (precision === 'BEFORE') return `as of ${formatDateWithPrecision(date, 'DAY', locale)}`;
  return `since ${formatDateWithPrecision(date, precision, locale)}`;
}
