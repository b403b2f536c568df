/** Line breaks and runs of spaces in a document (OCR, hard-wrapped text) do not count when matching a quote. */
export function normalizeQuoteText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function documentContainsQuote(documentBody: string, quote: string): boolean {
  return normalizeQuoteText(documentBody).includes(normalizeQuoteText(quote));
}
