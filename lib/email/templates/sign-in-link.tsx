import messages from '../../../messages/en/emails.json';
import { LinkMessage, type LinkMessageProps } from './parts/link-message';

/** The magic link an organizer follows to sign in to the workspace, in the language of the page it was asked on. */
export default function SignInLinkEmail(props: LinkMessageProps) {
  return <LinkMessage {...props} />;
}

SignInLinkEmail.PreviewProps = {
  lang: 'en',
  texts: messages.signIn,
  url: 'http://localhost:3000/en/admin/sign-in/confirm?token=preview&email=organizer%40example.org&callbackUrl=%2Fen%2Fadmin',
} satisfies LinkMessageProps;
