import 'server-only';
import { db } from '../db';
import { composeLinkMessage } from '../email/link-message-email';
import { idempotencyWindowMs, sendEmail, type OutgoingEmail } from '../email/send';
import AlreadySubscribedEmail from '../email/templates/already-subscribed';
import ConfirmSubscriptionEmail from '../email/templates/confirm-subscription';
import { supportedLocale } from '../i18n/routing';
import { isSuppressed } from '../suppressions/suppressions';
import { pageUrl, preferencesUrl, unsubscribeHeaders } from './links';
import { issueToken } from './tokens';

type Subscriber = { email: string; locale: string; state: 'PENDING' | 'CONFIRMED' };

/**
 * Composes the email a subscriber is due, with a new link token, and keeps it until it is sent: a confirmation link
 * to an address waiting for confirmation, or the "already subscribed" note with a preferences link to a confirmed one.
 */
async function prepareEmail(subscriberId: string, subscriber: Subscriber) {
  const locale = supportedLocale(subscriber.locale);
  return db.$transaction(async (tx) => {
    let email: OutgoingEmail;
    if (subscriber.state === 'PENDING') {
      const { raw } = await issueToken(tx, subscriberId, 'CONFIRM');
      const url = pageUrl(locale, `/subscribe/confirm/${raw}`);
      email = { to: subscriber.email, ...(await composeLinkMessage(ConfirmSubscriptionEmail, 'subscriptions.email.confirm', locale, url)) };
    } else {
      const { raw } = await issueToken(tx, subscriberId, 'MANAGE');
      const url = preferencesUrl(raw, locale);
      email = { to: subscriber.email, headers: unsubscribeHeaders(raw), ...(await composeLinkMessage(AlreadySubscribedEmail, 'subscriptions.email.already', locale, url)) };
    }
    return tx.pendingSubscriptionEmail.create({ data: { subscriberId, email }, select: { id: true, email: true, createdAt: true } });
  });
}

/**
 * The job queued by a sign-up. Nothing to an unsubscribed or suppressed address. A retry sends the email its first
 * run composed, under the same idempotency key, so the provider takes it once however the run before ended; a day
 * later the provider no longer knows the key, and the email, which may have gone, is dropped instead.
 */
export async function sendSubscriptionEmail({ subscriberId }: { subscriberId: string }, now = new Date()) {
  const subscriber = await db.subscriber.findUnique({
    where: { id: subscriberId },
    select: { email: true, locale: true, state: true, pendingEmail: { select: { id: true, email: true, createdAt: true } } },
  });
  if (!subscriber) return;
  let pending = subscriber.pendingEmail;
  if (pending && (subscriber.state === 'UNSUBSCRIBED' || now.getTime() - pending.createdAt.getTime() > idempotencyWindowMs)) {
    await db.pendingSubscriptionEmail.delete({ where: { id: pending.id } });
    return;
  }
  if (!pending) {
    if (subscriber.state === 'UNSUBSCRIBED' || (await isSuppressed(subscriber.email))) return;
    pending = await prepareEmail(subscriberId, { ...subscriber, state: subscriber.state });
  }
  await sendEmail(pending.email as OutgoingEmail, { idempotencyKey: `subscription-email:${pending.id}` });
  await db.pendingSubscriptionEmail.delete({ where: { id: pending.id } });
}
