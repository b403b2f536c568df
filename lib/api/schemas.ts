import { z } from 'zod';
import {
  CaseFlag,
  CaseKind,
  CaseStatus,
  CountQualifier,
  DatePrecision,
  DemandKind,
  DemandStatus,
  EventKind,
  ReleaseKind,
} from '../generated/prisma/enums';

/**
 * The shapes of the public API, defined once: the routes build values of these types and the OpenAPI document
 * (lib/api/openapi.ts) is generated from them. Every schema registered here becomes a named component.
 */
export const apiSchemas = z.registry<{ id: string; description: string }>();

function component<T extends z.ZodType>(id: string, description: string, schema: T): T {
  apiSchemas.add(schema, { id, description });
  return schema;
}

const instant = z.iso.datetime().describe('An instant in UTC (ISO 8601).');

export const textSchema = component(
  'Text',
  'A text as written in the record (mostly the French of the source statements), with its language.',
  z.object({
    text: z.string(),
    language: z.string().describe('ISO 639-1 code of the language the text is written in.'),
  }),
);

export const preciseDateSchema = component(
  'PreciseDate',
  'A calendar date as precisely as the sources give it. `date` is YYYY for YEAR, YYYY-MM for MONTH, YYYY-MM-DD otherwise: ' +
    'the day itself (DAY), the first day of the week (WEEK), a day near the real one (APPROXIMATE), or a day the fact held by (BEFORE).',
  z.object({
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    precision: z.enum(DatePrecision),
  }),
);

const caseReferenceSchema = component(
  'CaseReference',
  'A case named as the public may see it: initials instead of the name when its identity is protected.',
  z.object({ id: z.string(), slug: z.string(), name: z.string() }),
);

const campaignReferenceSchema = component(
  'CampaignReference',
  'The campaign a case, demand or event belongs to.',
  z.object({ slug: z.string(), title: textSchema }),
);

const organisationReferenceSchema = component(
  'OrganisationReference',
  'An organisation (trade union, campaign, party…).',
  z.object({ slug: z.string(), name: z.string() }),
);

const countSchema = component(
  'GroupCount',
  'How many people a group case holds, as stated at a date.',
  z.object({ count: z.int().nonnegative(), qualifier: z.enum(CountQualifier), asOf: preciseDateSchema.nullable() }),
);

export const caseSchema = component(
  'Case',
  'A person or a group followed by the campaign. When `identityProtected` is true, `name` holds initials, ' +
    '`aliases` is empty, `photoUrl` is null and the name is replaced by initials in every text.',
  z.object({
    id: z.string(),
    slug: z.string(),
    url: z.url().describe('The case page; it redirects to the reader’s language.'),
    kind: z.enum(CaseKind),
    name: z.string(),
    identityProtected: z.boolean(),
    aliases: z.array(z.string()).describe('Other spellings and transliterations of the name.'),
    photoUrl: z.url().nullable(),
    summary: textSchema.nullable(),
    role: textSchema.nullable(),
    charges: textSchema.nullable(),
    sentence: textSchema.nullable(),
    placeOfDetention: textSchema.nullable(),
    letterAddress: textSchema.nullable(),
    status: z.enum(CaseStatus),
    releaseKind: z.enum(ReleaseKind).nullable(),
    statusSince: preciseDateSchema.nullable(),
    flags: z.array(z.enum(CaseFlag)),
    campaign: campaignReferenceSchema,
    organisation: organisationReferenceSchema.nullable(),
    group: caseReferenceSchema.nullable().describe('The group this person belongs to, if any.'),
    latestCount: countSchema.nullable().describe('For a group: its latest stated size.'),
    updatedAt: instant,
  }),
);

export const caseDetailSchema = component(
  'CaseDetail',
  'A case with the history of its count (groups) and its known members.',
  caseSchema.extend({
    counts: z.array(countSchema).describe('Oldest first.'),
    members: z.array(caseReferenceSchema.extend({ status: z.enum(CaseStatus) })),
  }),
);

export const updateSchema = component(
  'Update',
  'A published timeline entry of a case. A correction is its own entry and names the entry it corrects in `corrects`; ' +
    'the corrected entry is no longer listed. A retracted entry stays listed with state RETRACTED and without its body.',
  z.object({
    id: z.string(),
    url: z.url().describe('The page of the case.'),
    case: caseReferenceSchema,
    state: z.enum(['PUBLISHED', 'RETRACTED']),
    title: textSchema,
    body: textSchema.nullable().describe('Null when the entry was retracted.'),
    occurredOn: preciseDateSchema,
    status: z.enum(CaseStatus).nullable().describe('The status of the case from this entry on, if it changed it.'),
    releaseKind: z.enum(ReleaseKind).nullable(),
    correctionNote: textSchema.nullable(),
    corrects: z.string().nullable().describe('Id of the entry this one corrects.'),
    publishedAt: instant.nullable(),
    updatedAt: instant,
  }),
);

export const demandSchema = component(
  'Demand',
  'A demand or call to action as issued, with its status.',
  z.object({
    id: z.string(),
    slug: z.string(),
    kind: z.enum(DemandKind),
    text: textSchema,
    status: z.enum(DemandStatus),
    progressNote: textSchema.nullable(),
    issuedOn: preciseDateSchema,
    issuedBy: organisationReferenceSchema,
    campaign: campaignReferenceSchema,
    position: z.int().describe('Order within the list it was issued in.'),
    cases: z.array(caseReferenceSchema),
    updatedAt: instant,
  }),
);

export const eventSchema = component(
  'Event',
  'An action event (picket, rally, solidarity week…). All-day events start at local midnight of `timeZone` and end ' +
    '(exclusive) at local midnight after their last day.',
  z.object({
    id: z.string(),
    slug: z.string(),
    url: z.url(),
    kind: z.enum(EventKind),
    title: textSchema,
    description: textSchema.nullable(),
    startsAt: instant,
    endsAt: instant.nullable().describe('Exclusive end.'),
    timeZone: z.string().describe('IANA time zone the event happens in.'),
    allDay: z.boolean(),
    datePrecision: z.enum(DatePrecision).describe('How precisely the date is known.'),
    city: z.string().nullable(),
    country: z.string().nullable().describe('ISO 3166-1 alpha-2 code.'),
    venue: textSchema.nullable(),
    onlineUrl: z.url().nullable(),
    cancelled: z.boolean(),
    organiser: organisationReferenceSchema.nullable(),
    campaign: campaignReferenceSchema,
    cases: z.array(caseReferenceSchema),
    demands: z.array(z.object({ id: z.string(), slug: z.string() })),
    updatedAt: instant,
  }),
);

function pageOf<T extends z.ZodType>(id: string, item: T, what: string) {
  return component(
    id,
    `A page of ${what}, oldest change first. Follow \`next\` for the following page; it is null on the last one.`,
    z.object({ data: z.array(item), next: z.url().nullable() }),
  );
}

export const casePageSchema = pageOf('CasePage', caseSchema, 'cases');
export const updatePageSchema = pageOf('UpdatePage', updateSchema, 'published updates');
export const demandPageSchema = pageOf('DemandPage', demandSchema, 'demands');
export const eventPageSchema = pageOf('EventPage', eventSchema, 'action events');

export const errorSchema = component(
  'Error',
  'What went wrong. `parameter` names the query parameter that was refused.',
  z.object({ error: z.object({ parameter: z.string().optional(), message: z.string() }) }),
);

export type ApiCase = z.infer<typeof caseSchema>;
export type ApiCaseDetail = z.infer<typeof caseDetailSchema>;
export type ApiUpdate = z.infer<typeof updateSchema>;
export type ApiDemand = z.infer<typeof demandSchema>;
export type ApiEvent = z.infer<typeof eventSchema>;
export type ApiError = z.infer<typeof errorSchema>;
export type Text = z.infer<typeof textSchema>;
export type PreciseDate = z.infer<typeof preciseDateSchema>;
