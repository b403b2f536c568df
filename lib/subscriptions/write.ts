import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import type { SubscriptionFrequency } from '../generated/prisma/enums';
import { clockDriftMs } from '../alerts/fanout';
import { db } from '../db';
import type { FollowsInput } from './subscribe.schema';

type Tx = Prisma.TransactionClient;

/**
 * Replaces what a subscriber follows, their language and frequency. Unknown campaign or case slugs are ignored;
 * choices made under "only what I choose" are kept when "everything" is chosen (they apply again if it is unticked).
 */
export async function writeFollows(tx: Tx, subscriberId: string, follows: FollowsInput, data: Prisma.SubscriberUpdateInput = {}) {
  const [campaigns, cases, current] = await Promise.all([
    tx.campaign.findMany({ where: { slug: { in: follows.campaigns } }, select: { id: true } }),
    tx.case.findMany({ where: { slug: { in: follows.cases } }, select: { id: true } }),
    tx.subscriber.findUniqueOrThrow({ where: { id: subscriberId }, select: { state: true, frequency: true } }),
  ]);
  await tx.subscriber.update({
    where: { id: subscriberId },
    data: {
      ...data,
      locale: follows.locale,
      frequency: follows.frequency,
      followsEverything: follows.scope === 'everything',
      followsEvents: follows.events,
      digestCoveredUntil: digestCoveredUntil(current, follows.frequency),
    },
  });
  await tx.subscriberCampaign.deleteMany({ where: { subscriberId } });
  await tx.subscriberCase.deleteMany({ where: { subscriberId } });
  await tx.subscriberCampaign.createMany({ data: campaigns.map(({ id }) => ({ subscriberId, campaignId: id })) });
  await tx.subscriberCase.createMany({ data: cases.map(({ id }) => ({ subscriberId, caseId: id })) });
}

/**
 * A confirmed weekly subscriber who turns instant is still owed, by the next digest, what was published until instant
 * alerts took over: up to the clocks' drift ahead, as a publication under way may have found them weekly (what
 * instant alerts did bring them, the digest leaves out). A weekly subscriber's digests cover everything in their
 * periods; anyone else keeps what they were owed.
 */
function digestCoveredUntil(current: { state: string; frequency: SubscriptionFrequency }, frequency: SubscriptionFrequency) {
  if (frequency === 'WEEKLY') return null;
  if (current.state === 'CONFIRMED' && current.frequency === 'WEEKLY') return new Date(Date.now() + clockDriftMs);
  return undefined;
}

/** Stops every alert to a subscriber at once (the one-click address and the unsubscribe buttons). */
export async function unsubscribe(subscriberId: string, now = new Date()) {
  await db.subscriber.updateMany({ where: { id: subscriberId, state: { not: 'UNSUBSCRIBED' } }, data: { state: 'UNSUBSCRIBED', unsubscribedAt: now } });
}
