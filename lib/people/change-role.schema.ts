import { Role } from '../generated/prisma/enums';
import { z } from '../validation/messages';

export const changeRoleSchema = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(Role),
});

export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;
