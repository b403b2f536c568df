import messages from '../../../messages/en/emails.json';
import { LinkMessage, type LinkMessageProps } from './parts/link-message';

/**
 * Tells an invitee where to sign in, in the language the admin chose. It carries no sign-in token: the invitee
 * asks for a link on the sign-in page, so a forwarded or leaked invitation signs nobody in.
 */
export default function InvitationEmail(props: LinkMessageProps) {
  return <LinkMessage {...props} />;
}

InvitationEmail.PreviewProps = {
  lang: 'en',
  texts: messages.invitation,
  url: 'http://localhost:3000/en/admin/sign-in',
} satisfies LinkMessageProps;
