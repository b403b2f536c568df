import { z } from '../validation/messages';

/** Sending the alert of an update to oneself, as followers would get it. */
export const testSendSchema = z.object({
  updateId: z.string().min(1).max(64),
});

export type TestSendInput = z.infer<typeof testSendSchema>;
