import anyAscii from 'any-ascii';

/** Longer input is not a name anyone is looking for: it is ignored rather than cut into something else. */
export const maxQueryLength = 100;

/**
 * The form in which a query is compared with names and aliases: any script transliterated to Latin letters
 * (Курамшин → kuramshin, Жанаозен → zhanaozen), accents removed (Janaözen → janaozen), lower case, apostrophes
 * dropped (Наталья → natalya) and any other run of punctuation or spaces as one space. The database's
 * search_fold() gives names and aliases the same form (prisma/migrations/*_case_search).
 */
export function normalizeSearchText(text: string): string {
  return anyAscii(text)
    .toLowerCase()
    .replace(/['`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
