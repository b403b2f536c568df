import { z } from '../validation/messages';

/** Publishes a reviewed statement, or withholds it from the public again. */
export const sourceVisibilitySchema = z.object({
  id: z.string().min(1).max(100),
  state: z.enum(['PUBLIC', 'WITHHELD']),
});

export type SourceVisibilityInput = z.infer<typeof sourceVisibilitySchema>;
