/** A run of the document's text, with the quotes that cover it and those that start at it. */
export type Segment = { text: string; quoteIds: string[]; startsQuotes: string[] };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits a document body into runs of text, each knowing which quotes cover it. Quotes match whatever
 * whitespace the body has between their words (line breaks of OCR text); quotes may overlap or nest.
 */
export function highlightQuotes(body: string, quotes: { id: string; text: string }[]): Segment[] {
  const text = body.normalize('NFC');
  const ranges: { start: number; end: number; quoteId: string }[] = [];
  for (const quote of quotes) {
    const words = quote.text.normalize('NFC').trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
    if (words.length === 0) continue;
    const match = new RegExp(words.join('\\s+'), 'u').exec(text);
    if (match) ranges.push({ start: match.index, end: match.index + match[0].length, quoteId: quote.id });
  }
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const covering = ranges.filter((r) => r.start <= start && end <= r.end);
    const segment = {
      text: text.slice(start, end),
      quoteIds: covering.map((r) => r.quoteId),
      startsQuotes: covering.filter((r) => r.start === start).map((r) => r.quoteId),
    };
    const previous = segments.at(-1);
    // Merge runs with the same coverage so plain text stays in one piece.
    if (previous && segment.startsQuotes.length === 0 && previous.quoteIds.join() === segment.quoteIds.join()) {
      previous.text += segment.text;
    } else {
      segments.push(segment);
    }
  }
  return segments;
}
