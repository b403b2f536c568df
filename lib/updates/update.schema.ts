import { CaseStatus, DatePrecision, ReleaseKind } from '../generated/prisma/enums';
import { locales } from '../i18n/routing';
import { z } from '../validation/messages';
import { instantAt, isTimeZone } from './schedule-time';

/** Which fact of an update a quote supports. */
export const citationFields = ['text', 'date', 'status'] as const;

/**
 * A quote picked among a document's quotes (quoteId), or pasted (text), which must occur in the document,
 * supporting one of `fields` of the record that cites it.
 */
export function sourceSchemaFor<Fields extends readonly [string, ...string[]]>(fields: Fields) {
  return z
    .object({
      documentId: z.string().min(1).max(100),
      quoteId: z.string().max(100),
      text: z.string().trim().max(3000),
      field: z.enum(fields),
      note: z.string().trim().max(1000),
    })
    .refine((source) => source.quoteId !== '' || source.text.length > 0, { path: ['text'], message: 'quoteRequired' });
}

export const sourceSchema = sourceSchemaFor(citationFields);

export const updateContentSchema = z.object({
  title: z.string().trim().min(1).max(300),
  body: z.string().trim().max(20000),
  language: z.enum(locales),
  occurredOn: z.iso.date(),
  occurredOnPrecision: z.enum(DatePrecision),
  /** '' when the update does not change the status. */
  status: z.enum(['', ...Object.values(CaseStatus)]),
  /** How a release happened; kept only with the status RELEASED. */
  releaseKind: z.enum(['', ...Object.values(ReleaseKind)]),
  sources: z.array(sourceSchema).max(20),
});

export const updateIntents = ['draft', 'schedule', 'publish'] as const;

const scheduling = {
  intent: z.enum(updateIntents),
  /** Wall-clock time in `timeZone`, as a datetime-local input gives it; used when scheduling. */
  scheduledAt: z.string().max(20),
  timeZone: z.string().max(100),
};

type Scheduling = { intent: (typeof updateIntents)[number]; scheduledAt: string; timeZone: string };

/** A schedule names an existing time in a real time zone, in the future. */
function scheduleRule(value: Scheduling, context: z.RefinementCtx) {
  if (value.intent !== 'schedule') return;
  if (!isTimeZone(value.timeZone)) return context.addIssue({ code: 'custom', path: ['timeZone'], message: 'choice' });
  const instant = instantAt(value.scheduledAt, value.timeZone);
  if (!instant) return context.addIssue({ code: 'custom', path: ['scheduledAt'], message: 'date' });
  if (instant.getTime() <= Date.now()) context.addIssue({ code: 'custom', path: ['scheduledAt'], message: 'scheduleInPast' });
}

export const updateCreateSchema = updateContentSchema.extend({ caseId: z.string().min(1).max(100), ...scheduling }).superRefine(scheduleRule);

/** Saving a draft or scheduled update, possibly scheduling or publishing it. */
export const updateEditSchema = updateContentSchema
  .extend({ id: z.string().min(1).max(100), version: z.number().int().positive(), ...scheduling })
  .superRefine(scheduleRule);

/** A correction of a published update: its new content and what was wrong, shown to readers. */
export const updateCorrectSchema = updateContentSchema.extend({
  id: z.string().min(1).max(100),
  version: z.number().int().positive(),
  correctionNote: z.string().trim().min(1).max(1000),
});

export const updateRetractSchema = z.object({
  id: z.string().min(1).max(100),
  version: z.number().int().positive(),
  reason: z.string().trim().min(1).max(1000),
});

export type UpdateContent = z.infer<typeof updateContentSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;
export type UpdateCreateInput = z.infer<typeof updateCreateSchema>;
export type UpdateEditInput = z.infer<typeof updateEditSchema>;
export type UpdateCorrectInput = z.infer<typeof updateCorrectSchema>;
export type UpdateRetractInput = z.infer<typeof updateRetractSchema>;
