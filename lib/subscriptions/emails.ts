import 'server-only';
import { db } from '../db';
import { composeLinkMessage } from '../email/link-message-email';
import { sendEmail } from '../email/send';
import AlreadySubscribedEmail from '../email/templates/already-subscribed';
import ConfirmSubscriptionEmail from '../email/templates/confirm-subscription';
import { supportedLocale, type Locale } from '../i18n/routing';
import { isSuppressed } from '../suppressions/suppressions';
import { pageUrl, preferencesUrl, unsubscribeHeaders } from './links';
import { issueToken } from './tokens';

const templates = { confirm: ConfirmSubscriptionEmail, already: AlreadySubscribedEmail };

async function sendLinkMessage(to: string, locale: Locale, kind: keyof typeof templates, url: string, headers?: Record<string, string>) {
  await sendEmail({ to, headers, ...(await composeLinkMessage(templates[kind], `subscriptions.email.${kind}`, locale, url)) });
}

/**
 * The job queued by a sign-up: a confirmation link to an address waiting for confirmation, or the "already
 * subscribed" note with a preferences link to a confirmed one. Nothing to an unsubscribed or suppressed address.
 */
export async function sendSubscriptionEmail({ subscriberId }: { subscriberId: string }) {
  const subscriber = await db.subscriber.findUnique({ where: { id: subscriberId }, select: { email: true, locale: true, state: true } });
  if (!subscriber || subscriber.state === 'UNSUBSCRIBED') return;
  if (await isSuppressed(subscriber.email)) return;
  const locale = supportedLocale(subscriber.locale);

  if (subscriber.state === 'PENDING') {
    const { raw } = await issueToken(db, subscriberId, 'CONFIRM');
    await sendLinkMessage(subscriber.email, locale, 'confirm', pageUrl(locale, `/subscribe/confirm/${raw}`));
    return;
  }
  const { raw } = await issueToken(db, subscriberId, 'MANAGE');
  await sendLinkMessage(subscriber.email, locale, 'already', preferencesUrl(raw, locale), unsubscribeHeaders(raw));
}
