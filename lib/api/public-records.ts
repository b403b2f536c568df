import type { Prisma } from '../generated/prisma/client';
import { publicName, type Redact } from '../cases/identity';
import { isoDateWithPrecision, type DatePrecision } from '../dates/precision';
import type { PreciseDate, Text } from './schemas';

/**
 * What the open-data outputs (JSON API, CSV, Atom feeds) may show of the record: protected identities replaced
 * by initials, retracted text withheld, dates with their precision.
 */

type Person = { name: string; identityProtected: boolean };

/** The columns a case reference needs. */
export const caseReferenceSelect = {
  id: true,
  slug: true,
  name: true,
  identityProtected: true,
} as const;

export function caseReference(person: Person & { id: string; slug: string }) {
  return { id: person.id, slug: person.slug, name: publicName(person) };
}

/** A content text with its language, with protected names redacted. */
export function textOf(text: string, language: string, redact: Redact): Text {
  return { text: redact(text), language };
}

export function optionalTextOf(text: string | null, language: string, redact: Redact): Text | null {
  return text === null ? null : textOf(text, language, redact);
}

export function preciseDate(date: Date, precision: DatePrecision): PreciseDate {
  return { date: isoDateWithPrecision(date, precision), precision };
}

export function optionalPreciseDate(date: Date | null, precision: DatePrecision | null): PreciseDate | null {
  return date && precision ? preciseDate(date, precision) : null;
}

export { publicUpdateStates } from '../updates/states';

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

export function toPublicUpdate(row: PublicUpdateRow, redact: Redact) {
  return {
    id: row.id,
    state: row.state === 'RETRACTED' ? ('RETRACTED' as const) : ('PUBLISHED' as const),
    case: { ...caseReference(row.case), updatedAt: row.case.updatedAt },
    title: textOf(row.title, row.language, redact),
    // Retracted text is not redistributed: copies in other systems could not be taken back.
    body: row.state === 'RETRACTED' ? null : textOf(row.body, row.language, redact),
    correctionNote: optionalTextOf(row.correctionNote, row.language, redact),
    occurredOn: preciseDate(row.occurredOn, row.occurredOnPrecision),
    status: row.status,
    releaseKind: row.releaseKind,
    corrects: row.correctsId,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
  };
}

export type PublicUpdate = ReturnType<typeof toPublicUpdate>;
