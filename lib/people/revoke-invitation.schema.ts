import { z } from '../validation/messages';

export const revokeInvitationSchema = z.object({
  invitationId: z.string().min(1).max(64),
});

export type RevokeInvitationInput = z.infer<typeof revokeInvitationSchema>;
