/** Wording of event times with Intl, shared by the server (the event's zone) and the browser (the visitor's zone). */

const dateTimeOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' } as const;
const dayOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;

function timeZoneName(locale: string, timeZone: string, at: Date, style: 'long' | 'shortOffset'): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** "East Kazakhstan Time, GMT+6": the zone's name and its offset at that moment. */
export function timeZoneLabel(locale: string, timeZone: string, at: Date): string {
  const name = timeZoneName(locale, timeZone, at, 'long');
  const offset = timeZoneName(locale, timeZone, at, 'shortOffset');
  return name === offset ? name : `${name}, ${offset}`;
}

/** "Saturday, March 24, 2012, 6:00 – 8:00 PM (East Kazakhstan Time, GMT+6)": wall-clock times in `timeZone`, zone named. */
export function formatTimesInZone(locale: string, startsAt: Date, endsAt: Date | null, timeZone: string): string {
  const format = new Intl.DateTimeFormat(locale, { ...dateTimeOptions, timeZone });
  const times = endsAt ? format.formatRange(startsAt, endsAt) : format.format(startsAt);
  return `${times} (${timeZoneLabel(locale, timeZone, startsAt)})`;
}

/** "March 19 – 24, 2012" for calendar dates (UTC midnight); one date when first and last are the same day. */
export function formatDays(locale: string, first: Date, last: Date): string {
  const format = new Intl.DateTimeFormat(locale, dayOptions);
  return first.getTime() === last.getTime() ? format.format(first) : format.formatRange(first, last);
}

/** A country's name in the reader's language from its ISO 3166 code ("KZ" → "Kazakhstan"). */
export function countryName(locale: string, code: string): string {
  return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
}
