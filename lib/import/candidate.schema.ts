import { z } from '../validation/messages';

/** A new name followed up (made a case, or found to be no one to record): it leaves the list. */
export const followedUpSchema = z.object({ candidateId: z.string().min(1).max(100) });
