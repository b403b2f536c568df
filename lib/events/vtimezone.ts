import { tzOffset } from '@date-fns/tz';

const minute = 60 * 1000;
const day = 24 * 60 * minute;

/** "+0600", "-0330": an offset in minutes as iCalendar's UTC-OFFSET. */
function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}

/** Local wall-clock time of an instant at a given offset, as an iCalendar DATE-TIME without zone. */
function localDateTime(instant: number, offsetMinutes: number): string {
  return new Date(instant + offsetMinutes * minute).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/** The first minute at which the offset differs from the one at `before`, knowing it differs at `after`. */
function transitionBetween(timeZone: string, before: number, after: number): number {
  const offsetBefore = tzOffset(timeZone, new Date(before));
  while (after - before > minute) {
    const middle = before + Math.floor((after - before) / minute / 2) * minute;
    if (tzOffset(timeZone, new Date(middle)) === offsetBefore) before = middle;
    else after = middle;
  }
  return after;
}

/**
 * A VTIMEZONE (RFC 5545, 3.6.5) for `timeZone`, right for every instant from `from` to `to`: one observance per offset
 * change that Intl's time zone data knows in that span, so calendar apps need no zone database of their own.
 */
export function vtimezone(timeZone: string, from: Date, to: Date): string {
  const start = Date.UTC(from.getUTCFullYear(), 0, 1);
  const end = Date.UTC(to.getUTCFullYear() + 1, 0, 1);
  const initialOffset = tzOffset(timeZone, new Date(start));
  const observances = [{ at: start, from: initialOffset, to: initialOffset }];
  let offset = initialOffset;
  for (let probe = start + day; probe <= end; probe += day) {
    const probeOffset = tzOffset(timeZone, new Date(probe));
    if (probeOffset !== offset) {
      observances.push({ at: transitionBetween(timeZone, probe - day, probe), from: offset, to: probeOffset });
      offset = probeOffset;
    }
  }
  const lines = observances.flatMap((observance) => {
    const year = new Date(observance.at).getUTCFullYear();
    const january = tzOffset(timeZone, new Date(Date.UTC(year, 0, 1)));
    const july = tzOffset(timeZone, new Date(Date.UTC(year, 6, 1)));
    const kind = january !== july && observance.to > Math.min(january, july) ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      `DTSTART:${localDateTime(observance.at, observance.from)}`,
      `TZOFFSETFROM:${utcOffset(observance.from)}`,
      `TZOFFSETTO:${utcOffset(observance.to)}`,
      `END:${kind}`,
    ];
  });
  return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...lines, 'END:VTIMEZONE'].join('\r\n');
}
