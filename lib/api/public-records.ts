import type { Prisma } from '../generated/prisma/client';
import { publicName } from '../cases/identity';
import { isoDateWithPrecision, type DatePrecision } from '../dates/precision';
import type { PreciseDate, Text } from './schemas';

/**
 * What the open-data outputs (JSON API, CSV, Atom feeds) may show of the record: protected identities replaced
 * by initials, retracted text withheld, dates with their precision.
 */

type Person = { name: string; identityProtected: boolean; aliases: { alias: string }[] };

/** The columns a case reference needs: the name and aliases only to hide them when the identity is protected. */
export const caseReferenceSelect = {
  id: true,
  slug: true,
  name: true,
  identityProtected: true,
  aliases: { select: { alias: true } },
} as const;

export function caseReference(person: Person & { id: string; slug: string }) {
  return { id: person.id, slug: person.slug, name: publicName(person) };
}

const nameWords = (people: readonly Person[]) =>
  people
    .filter((person) => person.identityProtected)
    .flatMap((person) => [person.name, ...person.aliases.map((a) => a.alias)])
    .flatMap((name) => name.split(/[^\p{L}\p{N}]+/u))
    // Particles such as "de" or "ibn" are lower-case; blanking them everywhere would garble the text.
    .filter((word) => /^\p{Lu}/u.test(word) && Array.from(word).length >= 2);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word and its inflected forms: the last letter may change and a few may follow ("Sokolova", "Sokolovoy"). */
function wordPattern(word: string): string {
  const letters = Array.from(word);
  if (letters.length < 4) return escapeRegExp(word);
  return `${escapeRegExp(letters.slice(0, -1).join(''))}\\p{L}{0,3}`;
}

/**
 * Texts written before a case was protected still name the person: every word of the names and aliases of the
 * protected people, inflected or not, is replaced by its initial ("Курамшиной" → "К.").
 */
export function redactProtectedNames(text: string, people: readonly Person[]): string {
  const words = [...new Set(nameWords(people))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return text;
  const alternatives = words.map(wordPattern);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, (match) => `${Array.from(match)[0]!.toUpperCase()}.`);
}

/** A content text with its language, with protected names redacted. */
export function textOf(text: string, language: string, people: readonly Person[]): Text {
  return { text: redactProtectedNames(text, people), language };
}

export function optionalTextOf(text: string | null, language: string, people: readonly Person[]): Text | null {
  return text === null ? null : textOf(text, language, people);
}

export function preciseDate(date: Date, precision: DatePrecision): PreciseDate {
  return { date: isoDateWithPrecision(date, precision), precision };
}

export function optionalPreciseDate(date: Date | null, precision: DatePrecision | null): PreciseDate | null {
  return date && precision ? preciseDate(date, precision) : null;
}

/** The states the public sees: a corrected entry is replaced by its correction; a retracted one stays, marked. */
export const publicUpdateStates = ['PUBLISHED', 'RETRACTED'] as const;

export const publicUpdateSelect = {
  id: true,
  title: true,
  body: true,
  language: true,
  occurredOn: true,
  occurredOnPrecision: true,
  state: true,
  status: true,
  releaseKind: true,
  publishedAt: true,
  correctionNote: true,
  correctsId: true,
  updatedAt: true,
  case: { select: { ...caseReferenceSelect, updatedAt: true } },
} satisfies Prisma.UpdateSelect;

type PublicUpdateRow = Prisma.UpdateGetPayload<{ select: typeof publicUpdateSelect }>;

export function toPublicUpdate(row: PublicUpdateRow) {
  const people = [row.case];
  return {
    id: row.id,
    state: row.state === 'RETRACTED' ? ('RETRACTED' as const) : ('PUBLISHED' as const),
    case: { ...caseReference(row.case), updatedAt: row.case.updatedAt },
    title: textOf(row.title, row.language, people),
    // Retracted text is not redistributed: copies in other systems could not be taken back.
    body: row.state === 'RETRACTED' ? null : textOf(row.body, row.language, people),
    correctionNote: optionalTextOf(row.correctionNote, row.language, people),
    occurredOn: preciseDate(row.occurredOn, row.occurredOnPrecision),
    status: row.status,
    releaseKind: row.releaseKind,
    corrects: row.correctsId,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
  };
}

export type PublicUpdate = ReturnType<typeof toPublicUpdate>;
