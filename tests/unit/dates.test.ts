import { describe, expect, it } from 'vitest';
import { formatDateWithPrecision, formatStatusSince, isoDateWithPrecision } from '@/lib/dates/precision';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('dates with precision', () => {
  it('says only as much as the source knows', () => {
    expect(formatDateWithPrecision(d('2012-03-15'), 'DAY')).toBe('15 March 2012');
    expect(formatDateWithPrecision(d('2012-03-12'), 'WEEK')).toBe('week of 12 March 2012');
    expect(formatDateWithPrecision(d('2022-01-01'), 'MONTH')).toBe('January 2022');
    expect(formatDateWithPrecision(d('2011-01-01'), 'YEAR')).toBe('2011');
    expect(formatDateWithPrecision(d('2012-03-22'), 'APPROXIMATE')).toBe('around 22 March 2012');
    expect(formatDateWithPrecision(d('2012-03-19'), 'BEFORE')).toBe('by 19 March 2012');
  });

  it('does not shift the calendar day whatever the server time zone', () => {
    expect(formatDateWithPrecision(d('2011-12-16'), 'DAY')).toBe('16 December 2011');
  });

  it('gives machine-readable dates no more precise than known', () => {
    expect(isoDateWithPrecision(d('2022-01-01'), 'MONTH')).toBe('2022-01');
    expect(isoDateWithPrecision(d('2011-01-01'), 'YEAR')).toBe('2011');
    expect(isoDateWithPrecision(d('2012-03-15'), 'DAY')).toBe('2012-03-15');
  });

  it('words a status known only by a date as "as of", not "since"', () => {
    expect(formatStatusSince(d('2012-03-19'), 'BEFORE')).toBe('as of 19 March 2012');
    expect(formatStatusSince(d('2012-03-15'), 'DAY')).toBe('since 15 March 2012');
  });
});
