import { z } from '../validation/messages';

/** Deletes an update that was never public: a draft, or a scheduled one before its time. */
export const updateDiscardSchema = z.object({
  id: z.string().min(1).max(100),
  version: z.number().int().positive(),
});

export type UpdateDiscardInput = z.infer<typeof updateDiscardSchema>;
