import 'server-only';
import { render } from '@react-email/render';
import { sendEmail } from '../email/send';
import InvitationEmail from '../email/templates/invitation';
import { env } from '../env';
import type { Role } from '../generated/prisma/enums';

/** The unprefixed sign-in address: the app sends the invitee to it in their browser's language. */
export const signInPageUrl = () => `${env.NEXTAUTH_URL.replace(/\/+$/, '')}/admin/sign-in`;

const expiryFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

export async function sendInvitationEmail(invitation: { email: string; role: Role; invitedBy: string; expiresAt: Date }) {
  const props = {
    email: invitation.email,
    role: invitation.role,
    invitedBy: invitation.invitedBy,
    signInUrl: signInPageUrl(),
    expiresOn: `${expiryFormat.format(invitation.expiresAt)} UTC`,
  };
  await sendEmail({
    to: invitation.email,
    subject: 'Your invitation to the campaign workspace',
    html: await render(InvitationEmail(props)),
    text: await render(InvitationEmail(props), { plainText: true }),
  });
}
