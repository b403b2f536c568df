import { z } from 'zod';
import {
  CaseKind,
  CaseStatus,
  CountQualifier,
  DatePrecision,
  DemandKind,
  DemandStatus,
  EventKind,
  ReleaseKind,
} from '../lib/generated/prisma/enums';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by "-"');
const isoDate = z.iso.date();
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'YYYY-MM-DD or YYYY-MM-DDTHH:mm');

/** One fact and the verbatim passage of a document that supports it. */
export const citationSeed = z.object({
  doc: id,
  field: z.string().min(1),
  quote: z.string().min(3),
  note: z.string().optional(),
});

const cited = { cite: z.array(citationSeed).min(1) };

export const seedRecordSchema = z.object({
  organisations: z.array(
    z.object({ id, name: z.string(), aliases: z.array(z.string()).default([]), country: z.string().optional() }),
  ),
  documents: z.array(
    z.object({
      id,
      file: z.string().regex(/^[0-9a-f_]+\.txt$/),
      title: z.string(),
      language: z.string().length(2),
      issuers: z.array(id).min(1),
      summary: z.string(),
      issuedOn: isoDate,
      issuedOnPrecision: z.enum(DatePrecision),
    }),
  ),
  campaigns: z.array(
    z.object({
      id,
      title: z.string(),
      summary: z.string(),
      startedOn: isoDate.optional(),
      startedOnPrecision: z.enum(DatePrecision).optional(),
      ...cited,
    }),
  ),
  cases: z.array(
    z.object({
      id,
      kind: z.enum(CaseKind),
      name: z.string(),
      aliases: z.array(z.object({ alias: z.string(), language: z.string().optional() })).default([]),
      identityProtected: z.boolean().default(false),
      summary: z.string().optional(),
      role: z.string().optional(),
      organisation: id.optional(),
      campaign: id,
      group: id.optional(),
      placeOfDetention: z.string().optional(),
      charges: z.string().optional(),
      sentence: z.string().optional(),
      counts: z
        .array(
          z.object({
            count: z.number().int().positive(),
            qualifier: z.enum(CountQualifier).default('EXACT'),
            asOf: isoDate.optional(),
            asOfPrecision: z.enum(DatePrecision).optional(),
            ...cited,
          }),
        )
        .default([]),
      ...cited,
    }),
  ),
  updates: z.array(
    z.object({
      id,
      case: id,
      title: z.string(),
      body: z.string(),
      occurredOn: isoDate,
      occurredOnPrecision: z.enum(DatePrecision),
      status: z.enum(CaseStatus).optional(),
      releaseKind: z.enum(ReleaseKind).optional(),
      ...cited,
    }),
  ),
  demands: z.array(
    z.object({
      id,
      kind: z.enum(DemandKind).default('DEMAND'),
      text: z.string(),
      issuedBy: id,
      campaign: id,
      doc: id,
      position: z.number().int().nonnegative(),
      status: z.enum(DemandStatus).default('PENDING'),
      cases: z.array(id).default([]),
      ...cited,
    }),
  ),
  events: z.array(
    z.object({
      id,
      kind: z.enum(EventKind),
      title: z.string(),
      description: z.string(),
      startsAt: localDateTime,
      endsAt: localDateTime.optional(),
      timeZone: z.string(),
      allDay: z.boolean(),
      datePrecision: z.enum(DatePrecision),
      city: z.string().optional(),
      country: z.string().length(2).optional(),
      venue: z.string().optional(),
      organiser: id.optional(),
      campaign: id,
      cases: z.array(id).default([]),
      demands: z.array(id).default([]),
      ...cited,
    }),
  ),
});

export type SeedRecord = z.input<typeof seedRecordSchema>;
export type ParsedSeedRecord = z.output<typeof seedRecordSchema>;
