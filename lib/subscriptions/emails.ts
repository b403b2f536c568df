import 'server-only';
import { db } from '../db';
import { composeLinkMessage } from '../email/link-message-email';
import { EmailRefused, idempotencyWindowMs, sendEmail, type OutgoingEmail } from '../email/send';
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
    return tx.pendingSubscriptionEmail.create({ data: { subscriberId, email }, select: { id: true, email: true, firstAttemptAt: true } });
  });
}

/**
 * The job queued by a sign-up. Nothing to an unsubscribed or suppressed address. A retry sends the email its first
 * run composed, under the same idempotency key, so the provider takes it once however the run before ended; a day
 * after the first call that may have reached the provider, the provider no longer knows the key, and the email,
 * which may have gone, is dropped instead. Calls the provider refused unread (rate limits) do not count.
 */
export async function sendSubscriptionEmail({ subscriberId }: { subscriberId: string }, now = new Date()) {
  const subscriber = await db.subscriber.findUnique({
    where: { id: subscriberId },
    select: { email: true, locale: true, state: true, pendingEmail: { select: { id: true, email: true, firstAttemptAt: true } } },
  });
  if (!subscriber) return;
  let pending = subscriber.pendingEmail;
  const keyForgotten = pending?.firstAttemptAt && now.getTime() - pending.firstAttemptAt.getTime() > idempotencyWindowMs;
  if (pending && (subscriber.state === 'UNSUBSCRIBED' || keyForgotten)) {
    await db.pendingSubscriptionEmail.delete({ where: { id: pending.id } });
    return;
  }
  if (!pending) {
    if (subscriber.state === 'UNSUBSCRIBED' || (await isSuppressed(subscriber.email))) return;
    pending = await prepareEmail(subscriberId, { ...subscriber, state: subscriber.state });
  }
  const { id } = pending;
  const firstCall = !pending.firstAttemptAt;
  if (firstCall) await db.pendingSubscriptionEmail.update({ where: { id }, data: { firstAttemptAt: now } });
  try {
    await sendEmail(pending.email as OutgoingEmail, { idempotencyKey: `subscription-email:${id}` });
  } catch (error) {
    if (firstCall && error instanceof EmailRefused && !error.mayHaveBeenSent) await db.pendingSubscriptionEmail.update({ where: { id }, data: { firstAttemptAt: null } });
    throw error;
  }
  await db.pendingSubscriptionEmail.delete({ where: { id } });
}
