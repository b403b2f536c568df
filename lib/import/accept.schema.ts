import { DatePrecision } from '../generated/prisma/enums';
import { z } from '../validation/messages';

const quote = z.string().trim().min(1).max(3000);
const accepted = z.boolean();

/**
 * Step 2: every proposal of an imported statement, each accepted or not, possibly edited; each keeps the quote it
 * comes from. Rejected proposals are sent too (the form is the whole review) and recorded nowhere.
 */
export const acceptSchema = z
  .object({
    documentId: z.string().min(1).max(100),
    campaignId: z.string().min(1).max(100),
    /** Whether the public may read the statement once reviewed; otherwise it stays in the workspace. */
    publishDocument: z.boolean(),
    demands: z.array(z.object({ accepted, text: z.string().trim().min(1).max(2000), quote })).max(100),
    people: z
      .array(
        z.object({
          accepted,
          caseId: z.string().min(1).max(100),
          name: z.string().max(300),
          title: z.string().trim().min(1).max(300),
          quote,
        }),
      )
      .max(100),
    /** New names, each to follow up in the workspace (possibly corrected): never a public record by themselves. */
    candidates: z.array(z.object({ accepted, name: z.string().trim().min(1).max(300), quote })).max(200),
    /** Resolved dates; an accepted one dates the draft update of the person `caseId` and is cited for it. */
    dates: z
      .array(
        z.object({
          accepted,
          text: z.string().max(200),
          date: z.iso.date(),
          precision: z.enum(DatePrecision),
          caseId: z.string().max(100),
          quote,
        }),
      )
      .max(200),
  })
  .superRefine((review, context) => {
    const draftsDated = new Set<string>();
    review.dates.forEach((date, index) => {
      if (!date.accepted) return;
      const path = ['dates', index, 'caseId'];
      if (!review.people.some((person) => person.accepted && person.caseId === date.caseId))
        context.addIssue({ code: 'custom', path, message: 'dateWithoutDraft' });
      else if (draftsDated.has(date.caseId)) context.addIssue({ code: 'custom', path, message: 'oneDatePerDraft' });
      draftsDated.add(date.caseId);
    });
  });

export type AcceptInput = z.infer<typeof acceptSchema>;
