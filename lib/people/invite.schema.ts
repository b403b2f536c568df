import { Role } from '../generated/prisma/enums';
import { locales } from '../i18n/routing';
import { z } from '../validation/messages';

/** Addresses are stored lower-cased, as sign-in compares them (lib/auth/access.ts). `language` is the email's. */
export const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
  role: z.enum(Role),
  language: z.enum(locales),
});

export type InviteFormValues = z.input<typeof inviteSchema>;
export type InviteInput = z.output<typeof inviteSchema>;
