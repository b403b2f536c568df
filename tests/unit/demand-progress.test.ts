import { describe, expect, it } from 'vitest';
import { demandProgress, type ConcernedCase } from '@/lib/demands/progress';

const person = (id: string, status: ConcernedCase['status'], groupId: string | null = null): ConcernedCase => ({
  id,
  kind: 'PERSON',
  status,
  groupId,
  latestCount: null,
});
const group = (id: string, status: ConcernedCase['status'], latestCount: ConcernedCase['latestCount']): ConcernedCase => ({
  id,
  kind: 'GROUP',
  status,
  groupId: null,
  latestCount,
});
const exact = (count: number) => ({ count, qualifier: 'EXACT' as const });

describe('the progress of a demand', () => {
  it('is unknown without a linked case', () => {
    expect(demandProgress([])).toBeNull();
  });

  it('counts a group as its latest count and a person as one, released when RELEASED', () => {
    expect(demandProgress([group('defendants', 'CHARGED', exact(52))])).toEqual({ released: exact(0), concerned: exact(52) });
    expect(demandProgress([person('a', 'RELEASED'), person('b', 'DETAINED'), group('g', 'RELEASED', exact(3))])).toEqual({
      released: exact(4),
      concerned: exact(5),
    });
  });

  it('keeps how a count is stated', () => {
    const moreThan2000 = { count: 2000, qualifier: 'MORE_THAN' as const };
    expect(demandProgress([group('january', 'DETAINED', moreThan2000), person('a', 'DETAINED')])?.concerned).toEqual({ count: 2001, qualifier: 'MORE_THAN' });
    expect(demandProgress([group('g1', 'DETAINED', moreThan2000), group('g2', 'DETAINED', { count: 10, qualifier: 'UP_TO' })])?.concerned).toEqual({
      count: 2010,
      qualifier: 'ABOUT',
    });
  });

  it('does not count a member of a linked group twice, but counts its release', () => {
    expect(demandProgress([group('g', 'CHARGED', exact(52)), person('member', 'RELEASED', 'g'), person('other-member', 'CHARGED', 'g')])).toEqual({
      released: exact(1),
      concerned: exact(52),
    });
    expect(demandProgress([group('g', 'RELEASED', exact(52)), person('member', 'RELEASED', 'g')])?.released).toEqual(exact(52));
  });

  it('says how many are released when the size of a group is unknown', () => {
    expect(demandProgress([group('g', 'DETAINED', null), person('a', 'RELEASED')])).toEqual({ released: exact(1), concerned: null });
  });
});
