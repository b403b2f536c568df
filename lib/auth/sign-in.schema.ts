import { z } from '../validation/messages';

export const signInSchema = z.object({
  email: z.email().max(254),
});

export type SignInInput = z.infer<typeof signInSchema>;
