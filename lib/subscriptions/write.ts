import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import type { FollowsInput } from './subscribe.schema';

type Tx = Prisma.TransactionClient;

/**
 * Replaces what a subscriber follows, their language and frequency. Unknown campaign or case slugs are ignored;
 * choices made under "only what I choose" are kept when "everything" is chosen (they apply again if it is unticked).
 */
export async function writeFollows(tx: Tx, subscriberId: string, follows: FollowsInput, data: Prisma.SubscriberUpdateInput = {}) {
  const [campaigns, cases] = await Promise.all([
    tx.campaign.findMany({ where: { slug: { in: follows.campaigns } }, select: { id: true } }),
    tx.case.findMany({ where: { slug: { in: follows.cases } }, select: { id: true } }),
  ]);
  await tx.subscriber.update({
    where: { id: subscriberId },
    data: { ...data, locale: follows.locale, frequency: follows.frequency, followsEverything: follows.scope === 'everything', followsEvents: follows.events },
  });
  await tx.subscriberCampaign.deleteMany({ where: { subscriberId } });
  await tx.subscriberCase.deleteMany({ where: { subscriberId } });
  await tx.subscriberCampaign.createMany({ data: campaigns.map(({ id }) => ({ subscriberId, campaignId: id })) });
  await tx.subscriberCase.createMany({ data: cases.map(({ id }) => ({ subscriberId, caseId: id })) });
}

/** Stops every alert to a subscriber at once (the one-click address and the unsubscribe buttons). */
export async function unsubscribe(subscriberId: string, now = new Date()) {
  await db.subscriber.updateMany({ where: { id: subscriberId, state: { not: 'UNSUBSCRIBED' } }, data: { state: 'UNSUBSCRIBED', unsubscribedAt: now } });
}
