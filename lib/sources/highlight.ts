export type Segment = { text: string; quoteId?: string };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits a document body into plain and quoted segments. Quotes match whatever whitespace the body has
 * between their words (line breaks of OCR text); overlapping quotes keep the first one found.
 */
export function highlightQuotes(body: string, quotes: { id: string; text: string }[]): Segment[] {
  const ranges: { start: number; end: number; quoteId: string }[] = [];
  for (const quote of quotes) {
    const words = quote.text.normalize('NFC').trim().split(/\s+/).map(escapeRegExp);
    if (words.length === 0 || !words[0]) continue;
    const match = new RegExp(words.join('\\s+'), 'u').exec(body.normalize('NFC'));
    if (!match) continue;
    const range = { start: match.index, end: match.index + match[0].length, quoteId: quote.id };
    if (!ranges.some((other) => range.start < other.end && other.start < range.end)) ranges.push(range);
  }
  ranges.sort((a, b) => a.start - b.start);
  const text = body.normalize('NFC');
  const segments: Segment[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start > cursor) segments.push({ text: text.slice(cursor, range.start) });
    segments.push({ text: text.slice(range.start, range.end), quoteId: range.quoteId });
    cursor = range.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
