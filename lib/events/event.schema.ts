import { DatePrecision, EventKind } from '../generated/prisma/enums';
import { slugSchema } from '../cases/case.schema';
import { locales } from '../i18n/routing';
import { instantAt, isTimeZone } from '../updates/schedule-time';
import { z } from '../validation/messages';

const optionalText = (max: number) => z.string().trim().max(max);
const isHttpsUrl = (value: string) => URL.canParse(value) && new URL(value).protocol === 'https:';

/** An ISO 3166-1 alpha-2 country code (KZ, FR), or nothing. */
export const countrySchema = z.string().trim().regex(/^([A-Z]{2})?$/, { message: 'invalid' });

const eventFields = {
  slug: slugSchema,
  title: z.string().trim().min(1).max(300),
  kind: z.enum(EventKind),
  description: optionalText(10000),
  language: z.enum(locales),
  /** Wall-clock times in `timeZone`, as datetime-local inputs give them; the end is optional. */
  startsAt: z.string().min(1).max(20),
  endsAt: z.string().max(20),
  timeZone: z.string().min(1).max(100).refine(isTimeZone, { message: 'choice' }),
  allDay: z.boolean(),
  datePrecision: z.enum(DatePrecision),
  city: optionalText(200),
  country: countrySchema,
  venue: optionalText(500),
  onlineUrl: optionalText(1000).refine((value) => value === '' || isHttpsUrl(value), { message: 'url' }),
  organiserId: z.string().max(100),
  campaignId: z.string().min(1).max(100),
  caseIds: z.array(z.string().min(1).max(100)).max(500),
  demandIds: z.array(z.string().min(1).max(100)).max(500),
  cancelled: z.boolean(),
};

type EventFields = z.infer<z.ZodObject<typeof eventFields>>;

/** Both times must exist in the event's zone (not skipped by a clock change), and the end comes after the start. */
function timesRule(value: EventFields, context: z.RefinementCtx) {
  const startsAt = instantAt(value.startsAt, value.timeZone);
  if (!startsAt) context.addIssue({ code: 'custom', path: ['startsAt'], message: 'date' });
  if (value.endsAt === '') return;
  const endsAt = instantAt(value.endsAt, value.timeZone);
  if (!endsAt) context.addIssue({ code: 'custom', path: ['endsAt'], message: 'date' });
  else if (startsAt && endsAt <= startsAt) context.addIssue({ code: 'custom', path: ['endsAt'], message: 'invalid' });
}

export const eventCreateSchema = z.object(eventFields).superRefine(timesRule);
export const eventEditSchema = z.object({ ...eventFields, id: z.string().min(1).max(100), version: z.number().int().positive() }).superRefine(timesRule);

export type EventFormValues = z.infer<typeof eventCreateSchema>;
