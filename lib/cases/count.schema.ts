import { CountQualifier, DatePrecision } from '../generated/prisma/enums';
import { sourceSchemaFor } from '../updates/update.schema';
import { z } from '../validation/messages';

/** A group's number as a statement gives it ("52 defendants", "more than 40"), dated if it says when, and sourced. */
export const caseCountSchema = z.object({
  caseId: z.string().min(1).max(100),
  count: z.number().int().min(0).max(10_000_000),
  qualifier: z.enum(CountQualifier),
  /** Empty when the statement gives no date for the number. */
  asOf: z.union([z.literal(''), z.iso.date()]),
  asOfPrecision: z.enum(DatePrecision),
  sources: z.array(sourceSchemaFor(['count'])).min(1, 'countNeedsSource').max(20),
});

export type CaseCountInput = z.infer<typeof caseCountSchema>;
export type CaseCountFormValues = Omit<CaseCountInput, 'count'> & { count: number | '' };
