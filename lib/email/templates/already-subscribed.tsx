import messages from '../../../messages/en/subscriptions.json';
import { LinkMessage, type LinkMessageProps } from './parts/link-message';

/** Sent instead of a confirmation when a confirmed address signs up again: the link to its preferences. */
export default function AlreadySubscribedEmail(props: LinkMessageProps) {
  return <LinkMessage {...props} />;
}

AlreadySubscribedEmail.PreviewProps = {
  lang: 'en',
  texts: messages.email.already,
  url: 'http://localhost:3000/en/subscription/preview-token',
} satisfies LinkMessageProps;
