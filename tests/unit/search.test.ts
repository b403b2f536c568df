import { describe, expect, it } from 'vitest';
import { parseDirectoryParams } from '@/lib/search/directory-params';
import { maxQueryLength, normalizeSearchText } from '@/lib/search/normalize';

describe('search normalisation', () => {
  it('makes the spellings of one name alike, whatever the script, accents and case', () => {
    expect(normalizeSearchText('Курамшин')).toBe('kuramshin');
    expect(normalizeSearchText('KURAMSHIN')).toBe('kuramshin');
    expect(normalizeSearchText('Kouramchine')).toBe('kouramchine');
    expect(normalizeSearchText('Жанаозен')).toBe('zhanaozen');
    expect(normalizeSearchText('Janaözen')).toBe('janaozen');
    expect(normalizeSearchText('Жаңаөзен')).toBe('zhangaozen');
  });

  it('drops apostrophes and turns other punctuation into single spaces', () => {
    expect(normalizeSearchText('Наталья Соколова')).toBe('natalya sokolova');
    expect(normalizeSearchText('  «Accusés   de Zhanaozen» ! ')).toBe('accuses de zhanaozen');
    expect(normalizeSearchText('L’abandon des charges')).toBe('labandon des charges');
    expect(normalizeSearchText('Jean-Luc')).toBe('jean luc');
  });

  it('leaves nothing of input that has no letter or digit', () => {
    expect(normalizeSearchText(' ?!… ')).toBe('');
  });
});

describe('the directory address', () => {
  const campaigns = ['zhanaozen-2011', 'january-2022'];

  it('reads a search, several statuses, a campaign and the deprived-of-liberty filter', () => {
    expect(
      parseDirectoryParams({ q: '  Курамшин ', status: ['DETAINED', 'CHARGED'], campaign: 'zhanaozen-2011', deprived: '1' }, campaigns),
    ).toEqual({ query: 'Курамшин', statuses: ['DETAINED', 'CHARGED'], campaign: 'zhanaozen-2011', deprivedOfLiberty: true });
    expect(parseDirectoryParams({ status: 'RELEASED' }, campaigns).statuses).toEqual(['RELEASED']);
  });

  it('means no filter when nothing is given', () => {
    expect(parseDirectoryParams({}, campaigns)).toEqual({ query: undefined, statuses: [], campaign: undefined, deprivedOfLiberty: false });
  });

  it('ignores what it cannot use and keeps the rest', () => {
    expect(
      parseDirectoryParams(
        { q: 'x'.repeat(10_000), status: ['nonsense', 'RELEASED', 'released', 'RELEASED'], campaign: 'no-such-campaign', deprived: 'yes' },
        campaigns,
      ),
    ).toEqual({ query: undefined, statuses: ['RELEASED'], campaign: undefined, deprivedOfLiberty: false });
    expect(parseDirectoryParams({ q: '   ', campaign: ['january-2022', 'zhanaozen-2011'] }, campaigns)).toMatchObject({
      query: undefined,
      campaign: 'january-2022',
    });
    expect(parseDirectoryParams({ q: 'x'.repeat(maxQueryLength) }, campaigns).query).toHaveLength(maxQueryLength);
  });
});
