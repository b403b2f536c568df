import 'server-only';
import { byPublicName, publicName } from '../cases/identity';
import { db } from '../db';
import { localize, translationsInto } from '../i18n/content';

/** The campaigns, and their cases by public name, a follower may choose from. */
export async function subscribeChoices(locale: string) {
  const campaigns = await db.campaign.findMany({
    orderBy: { position: 'asc' },
    select: {
      slug: true,
      title: true,
      language: true,
      translations: translationsInto(locale),
      cases: { select: { slug: true, name: true, identityProtected: true } },
    },
  });
  return campaigns.map(({ slug, title, language, translations, cases }) => ({
    slug,
    title: localize(title, language, translations, 'title', locale),
    cases: cases.map((found) => ({ slug: found.slug, name: publicName(found) })).sort(byPublicName(locale)),
  }));
}

export type SubscribeChoices = Awaited<ReturnType<typeof subscribeChoices>>;

/** The subscriber's own row as the preferences page and the data download show it. */
const subscriberSelect = { email: true, locale: true, frequency: true, state: true, followsEverything: true, followsEvents: true, confirmedAt: true } as const;

/** What the preferences page shows and edits. */
export async function subscriberPreferences(subscriberId: string) {
  const subscriber = await db.subscriber.findUnique({
    where: { id: subscriberId },
    select: {
      ...subscriberSelect,
      campaigns: { select: { campaign: { select: { slug: true } } } },
      cases: { select: { case: { select: { slug: true } } } },
    },
  });
  return (
    subscriber && {
      ...subscriber,
      campaigns: subscriber.campaigns.map(({ campaign }) => campaign.slug),
      cases: subscriber.cases.map((followed) => followed.case.slug),
    }
  );
}

/** What the unsubscribe page and address need: whom they speak of, in which language, and whether it is done. */
export const subscriberEmail = (subscriberId: string) =>
  db.subscriber.findUnique({ where: { id: subscriberId }, select: { email: true, locale: true, state: true } });

/**
 * Everything stored about one subscriber, for them to download: their row, what they follow (by public name),
 * and the emails sent to them. Link tokens are left out (only their hashes are kept, and they open this data).
 */
export async function subscriberDataExport(subscriberId: string) {
  const subscriber = await db.subscriber.findUnique({
    where: { id: subscriberId },
    select: {
      ...subscriberSelect,
      unsubscribedAt: true,
      digestCoveredUntil: true,
      createdAt: true,
      updatedAt: true,
      campaigns: { select: { campaign: { select: { slug: true, title: true } } } },
      cases: { select: { case: { select: { slug: true, name: true, identityProtected: true } } } },
      deliveries: {
        orderBy: { createdAt: 'asc' },
        select: { state: true, createdAt: true, sentAt: true, alert: { select: { kind: true, createdAt: true } } },
      },
    },
  });
  if (!subscriber) return null;
  const { campaigns, cases, deliveries, ...row } = subscriber;
  return {
    ...row,
    campaigns: campaigns.map(({ campaign }) => campaign),
    cases: cases.map((followed) => ({ slug: followed.case.slug, name: publicName(followed.case) })),
    deliveries: deliveries.map(({ alert, ...delivery }) => ({ ...delivery, alertKind: alert.kind, alertCreatedAt: alert.createdAt })),
  };
}
