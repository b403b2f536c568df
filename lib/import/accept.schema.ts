import { z } from '../validation/messages';

const quote = z.string().trim().min(1).max(3000);

/** Step 2: the proposals the organizer accepted, possibly with edited text; each keeps the quote it comes from. */
export const acceptSchema = z.object({
  documentId: z.string().min(1).max(100),
  campaignId: z.string().min(1).max(100),
  demands: z.array(z.object({ text: z.string().trim().min(1).max(2000), quote })).max(100),
  people: z.array(z.object({ caseId: z.string().min(1).max(100), title: z.string().trim().min(1).max(300), quote })).max(100),
});

export type AcceptInput = z.infer<typeof acceptSchema>;
