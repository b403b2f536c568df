import { randomBytes } from 'node:crypto';
import type { AlertKind, DeliveryState, SuppressionReason } from '../../lib/generated/prisma/enums';
import type { Db } from '../../lib/prisma-client';

/** `reported`: the provider's webhook reported this very email as bounced or complained of. */
export type DeliveryFixture = { state: DeliveryState; suppressed?: SuppressionReason; reported?: SuppressionReason };

/**
 * An alert with one delivery per entry, each to a new subscriber of its own (optionally suppressed), as the
 * fan-out, the sending worker and the provider's webhook leave them.
 */
export async function createAlertWithDeliveries(db: Db, alert: { kind: AlertKind; updateId?: string; eventId?: string }, deliveries: DeliveryFixture[]) {
  const run = randomBytes(4).toString('hex');
  const created = await db.alert.create({ data: alert });
  const emails: string[] = [];
  for (const [index, { state, suppressed, reported }] of deliveries.entries()) {
    const email = `follower-${run}-${index}@example.org`;
    emails.push(email);
    const subscriber = await db.subscriber.create({ data: { email, locale: 'en', state: 'CONFIRMED', confirmedAt: new Date() } });
    await db.delivery.create({
      data: {
        alertId: created.id,
        subscriberId: subscriber.id,
        batch: Math.floor(index / 100),
        state,
        sentAt: state === 'SENT' ? new Date() : null,
        bouncedAt: reported === 'BOUNCED' ? new Date() : null,
        complainedAt: reported === 'COMPLAINED' ? new Date() : null,
      },
    });
    if (suppressed) await db.suppression.create({ data: { email, reason: suppressed } });
  }
  return { ...created, emails };
}

/** `count` deliveries in one state. */
export const deliveriesIn = (state: DeliveryState, count: number, suppressed?: SuppressionReason): DeliveryFixture[] => Array.from({ length: count }, () => ({ state, suppressed }));
