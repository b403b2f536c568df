import messages from '../../../messages/en/subscriptions.json';
import { LinkMessage, type LinkMessageProps } from './parts/link-message';

/** The only email a new sign-up gets: the link to confirm it (48 hours, single use). */
export default function ConfirmSubscriptionEmail(props: LinkMessageProps) {
  return <LinkMessage {...props} />;
}

ConfirmSubscriptionEmail.PreviewProps = {
  lang: 'en',
  texts: messages.email.confirm,
  url: 'http://localhost:3000/en/subscribe/confirm/preview-token',
} satisfies LinkMessageProps;
