import { TZDate } from '@date-fns/tz';

const localDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as the wall-clock time of a zone, in the form of a datetime-local input ("2025-03-01T10:30"). */
export function wallClockIn(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/**
 * The instant a wall-clock time ("2025-03-01T10:30") denotes in an IANA time zone; null when it is not a valid
 * time there, including a time skipped when the clocks go forward.
 */
export function instantAt(localDateTime: string, timeZone: string): Date | null {
  const match = localDateTimePattern.exec(localDateTime);
  if (!match || !isTimeZone(timeZone)) return null;
  const [year, month, day, hours, minutes] = match.slice(1).map(Number) as [number, number, number, number, number];
  const instant = new Date(new TZDate(year, month - 1, day, hours, minutes, timeZone).getTime());
  return wallClockIn(instant, timeZone) === localDateTime ? instant : null;
}

/** The IANA time zones an update can be scheduled in. */
export function schedulingTimeZones(): string[] {
  return [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();
}
