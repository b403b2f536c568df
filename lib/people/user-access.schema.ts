import { z } from '../validation/messages';

/** Disabling or re-enabling one user. */
export const userAccessSchema = z.object({
  userId: z.string().min(1).max(64),
});

export type UserAccessInput = z.infer<typeof userAccessSchema>;
