import 'server-only';
import { composeLinkMessage } from '../email/link-message-email';
import { sendEmail } from '../email/send';
import InvitationEmail from '../email/templates/invitation';
import { env } from '../env';
import type { Role } from '../generated/prisma/enums';
import type { Locale } from '../i18n/routing';

/** The sign-in page in the invitation's language. */
export const signInPageUrl = (locale: Locale) => `${env.NEXTAUTH_URL.replace(/\/+$/, '')}/${locale}/admin/sign-in`;

export async function sendInvitationEmail({ email, role, invitedBy, expiresAt, language }: { email: string; role: Role; invitedBy: string; expiresAt: Date; language: Locale }) {
  const message = await composeLinkMessage(InvitationEmail, 'emails.invitation', language, signInPageUrl(language), { email, role, invitedBy, expiresAt });
  await sendEmail({ to: email, ...message });
}
