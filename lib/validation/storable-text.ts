/**
 * Text PostgreSQL can store as it was typed: no NUL character (refused by PostgreSQL) and no unpaired UTF-16
 * surrogate (silently turned into U+FFFD on the way to the database, so the text would come back changed).
 */
export const isStorableText = (text: string) => !text.includes('\u0000') && text.isWellFormed();

/** The top-level fields of a submitted value holding text that could not be stored as typed, anywhere inside them. */
export function unstorableFields(input: unknown): string[] {
  if (input === null || typeof input !== 'object') return [];
  return Object.entries(input).flatMap(([field, value]) => (holdsUnstorableText(value) ? [field] : []));
}

function holdsUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return !isStorableText(value);
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(holdsUnstorableText);
}
