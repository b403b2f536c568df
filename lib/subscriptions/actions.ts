'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { publicAction, subscriberAction } from '../actions/workspace-action';
import { addJob } from '../alerts/jobs';
import { audit } from '../audit/log';
import { db } from '../db';
import { SafeError } from '../errors';
import { allowSubscribeForEmail, allowSubscribeFromIp } from '../rate-limit';
import { isDisposableAddress } from './disposable-domains';
import { humanCheck } from './human-check';
import { preferencesSchema, subscriberTokenSchema } from './preferences.schema';
import { subscribeSchema } from './subscribe.schema';
import { hashToken, issueToken } from './tokens';
import { unsubscribe, writeFollows } from './write';

const subscriptionErrors = () => getTranslations('subscriptions.errors');
const preferencesPath = (locale: string, rawToken: string) => `/${locale}/subscription/${rawToken}`;

/**
 * Signs an address up, double opt-in. The answer and the work are the same whether the address is new, waiting
 * for confirmation, confirmed or unsubscribed (one transaction, one queued email, nothing sent here), so the form
 * reveals nothing about who subscribes. A filled honeypot gets the same answer and stores nothing.
 */
export const subscribe = publicAction({ schema: subscribeSchema }, async (input, { ip }) => {
  if (input.homepage) return;
  const t = await subscriptionErrors();
  const verdict = humanCheck().verify(input.humanCheck ?? '');
  if (!verdict.ok) throw new SafeError(t(verdict.reason === 'invalid' ? 'humanCheckInvalid' : verdict.reason));
  if (isDisposableAddress(input.email)) throw new SafeError(t('checkEmail'), { email: [t('disposable')] });
  if (!(await allowSubscribeFromIp(ip)) || !(await allowSubscribeForEmail(input.email))) throw new SafeError(t('tooMany'));

  await db.$transaction(async (tx) => {
    // Native upsert: concurrent sign-ups of one address wait for each other on its row.
    const subscriber = await tx.subscriber.upsert({
      where: { email: input.email },
      create: { email: input.email, locale: input.locale },
      update: { email: input.email },
      select: { id: true, state: true },
    });
    // A confirmed subscriber changes their choices on the preferences page, which only their mailbox can open: theirs
    // are written and undone, so that every address costs the same statements and takes as long.
    await tx.$executeRawUnsafe('SAVEPOINT sign_up_follows');
    await writeFollows(tx, subscriber.id, input, { state: 'PENDING', unsubscribedAt: null });
    await tx.$executeRawUnsafe(subscriber.state === 'CONFIRMED' ? 'ROLLBACK TO SAVEPOINT sign_up_follows' : 'RELEASE SAVEPOINT sign_up_follows');
    await addJob(tx, 'send_subscription_email', { subscriberId: subscriber.id }, `subscription-email:${subscriber.id}`);
  });
});

/** Follows the confirmation link (single use): the address is confirmed and its preferences page opens. */
export const confirmSubscription = subscriberAction({ purpose: 'CONFIRM', schema: subscriberTokenSchema }, async ({ token }, { subscriberId }) => {
  const t = await subscriptionErrors();
  const now = new Date();
  const { locale, manageToken } = await db.$transaction(async (tx) => {
    const used = await tx.subscriberToken.updateMany({ where: { tokenHash: hashToken(token), usedAt: null }, data: { usedAt: now } });
    if (used.count === 0) throw new SafeError(t('linkInvalid'));
    const confirmed = await tx.subscriber.update({
      where: { id: subscriberId },
      data: { state: 'CONFIRMED', confirmedAt: now, unsubscribedAt: null },
      select: { locale: true },
    });
    return { locale: confirmed.locale, manageToken: (await issueToken(tx, subscriberId, 'MANAGE', now)).raw };
  });
  redirect(preferencesPath(locale, manageToken));
});

/** Saves what a subscriber follows; an unsubscribed one who saves is subscribed again (the link proves the mailbox). */
export const savePreferences = subscriberAction({ purpose: 'MANAGE', schema: preferencesSchema }, async (input, { subscriberId }) => {
  await db.$transaction(async (tx) => {
    const { confirmedAt } = await tx.subscriber.findUniqueOrThrow({ where: { id: subscriberId }, select: { confirmedAt: true } });
    await writeFollows(tx, subscriberId, input, { state: 'CONFIRMED', confirmedAt: confirmedAt ?? new Date(), unsubscribedAt: null });
  });
  refresh();
});

export const unsubscribeAll = subscriberAction({ purpose: 'MANAGE', schema: subscriberTokenSchema }, async (_input, { subscriberId }) => {
  await unsubscribe(subscriberId);
  refresh();
});

/** Ends every link sent so far (a forwarded email no longer opens anything) and opens the page at its new address. */
export const revokeLinks = subscriberAction({ purpose: 'MANAGE', schema: subscriberTokenSchema }, async (_input, { subscriberId }) => {
  const now = new Date();
  const { locale, manageToken } = await db.$transaction(async (tx) => {
    await tx.subscriberToken.updateMany({ where: { subscriberId, revokedAt: null }, data: { revokedAt: now } });
    const { locale } = await tx.subscriber.findUniqueOrThrow({ where: { id: subscriberId }, select: { locale: true } });
    return { locale, manageToken: (await issueToken(tx, subscriberId, 'MANAGE', now)).raw };
  });
  redirect(preferencesPath(locale, manageToken));
});

/** Deletes the subscriber and everything about them; the audit entry records the deletion, not the address. */
export const deleteSubscriber = subscriberAction({ purpose: 'MANAGE', schema: subscriberTokenSchema }, async (_input, { subscriberId }) => {
  const locale = await db.$transaction(async (tx) => {
    const removed = await tx.subscriber.delete({ where: { id: subscriberId }, select: { locale: true, state: true, createdAt: true } });
    await audit(
      { actorId: null, action: 'subscriber.delete', entityType: 'Subscriber', entityId: subscriberId, before: { state: removed.state, createdAt: removed.createdAt.toISOString() } },
      tx,
    );
    return removed.locale;
  });
  redirect(`/${locale}/subscribe?deleted=1`);
});
