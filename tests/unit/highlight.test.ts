import { describe, expect, it } from 'vitest';
import { highlightQuotes } from '@/lib/sources/highlight';

describe('highlighting quotes in a source document', () => {
  const body = 'Le nombre de victimes\natteindrait déja 20 personnes. On compte aussi de nombreux blessés.';

  it('finds a quote across the line breaks of the document and keeps the text whole', () => {
    const segments = highlightQuotes(body, [{ id: 'q1', text: 'victimes atteindrait déja 20 personnes' }]);
    expect(segments.map((s) => s.text).join('')).toBe(body);
    expect(segments.find((s) => s.quoteIds.includes('q1'))?.text).toBe('victimes\natteindrait déja 20 personnes');
  });

  it('treats regular-expression characters in quotes literally and skips quotes not in the text', () => {
    const segments = highlightQuotes('Prix (x2) ? Oui.', [
      { id: 'a', text: '(x2) ?' },
      { id: 'b', text: 'absent' },
    ]);
    expect(segments).toEqual([
      { text: 'Prix ', quoteIds: [], startsQuotes: [] },
      { text: '(x2) ?', quoteIds: ['a'], startsQuotes: ['a'] },
      { text: ' Oui.', quoteIds: [], startsQuotes: [] },
    ]);
  });

  it('highlights overlapping quotes, each from where it starts', () => {
    const segments = highlightQuotes('un deux trois quatre', [
      { id: 'long', text: 'un deux trois' },
      { id: 'inner', text: 'deux trois quatre' },
    ]);
    expect(segments.map((s) => [s.text, s.quoteIds, s.startsQuotes])).toEqual([
      ['un ', ['long'], ['long']],
      ['deux trois', ['long', 'inner'], ['inner']],
      [' quatre', ['inner'], []],
    ]);
  });
});
