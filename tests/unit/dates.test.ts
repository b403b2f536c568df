import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { isoDateWithPrecision } from '@/lib/dates/precision';
import { calendarTimeZone, formats, loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function datesIn(locale: Locale) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace: 'dates', formats, timeZone: calendarTimeZone });
}

describe('dates with precision', () => {
  it('say only as much as the source knows', async () => {
    const t = await datesIn('en');
    expect(t('on.DAY', { date: d('2012-03-15') })).toBe('March 15, 2012');
    expect(t('on.WEEK', { date: d('2012-03-12') })).toBe('week of March 12, 2012');
    expect(t('on.MONTH', { date: d('2022-01-01') })).toBe('January 2022');
    expect(t('on.YEAR', { date: d('2011-01-01') })).toBe('2011');
    expect(t('on.APPROXIMATE', { date: d('2012-03-22') })).toBe('around March 22, 2012');
    expect(t('on.BEFORE', { date: d('2012-03-19') })).toBe('by March 19, 2012');
  });

  it('are worded in French and Russian too, without shifting the calendar day', async () => {
    expect((await datesIn('fr'))('on.DAY', { date: d('2011-12-16') })).toBe('16 décembre 2011');
    expect((await datesIn('fr'))('since.WEEK', { date: d('2012-03-12') })).toBe('depuis la semaine du 12 mars 2012');
    expect((await datesIn('ru'))('on.DAY', { date: d('2011-12-16') })).toBe('16 декабря 2011 г.');
  });

  it('word a status known only by a date as "as of", not "since"', async () => {
    const t = await datesIn('en');
    expect(t('since.BEFORE', { date: d('2012-03-19') })).toBe('as of March 19, 2012');
    expect(t('since.DAY', { date: d('2012-03-15') })).toBe('since March 15, 2012');
  });

  it('give machine-readable dates no more precise than known', () => {
    expect(isoDateWithPrecision(d('2022-01-01'), 'MONTH')).toBe('2022-01');
    expect(isoDateWithPrecision(d('2011-01-01'), 'YEAR')).toBe('2011');
    expect(isoDateWithPrecision(d('2012-03-15'), 'DAY')).toBe('2012-03-15');
  });
});
