import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySeed } from '../../seeds/apply';
import { createAlertWithDeliveries, deliveriesIn } from '../support/alert-deliveries';
import { createTestDatabase } from '../support/test-database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let queries: typeof import('@/lib/alerts/queries');

beforeAll(async () => {
  database = await createTestDatabase();
  await applySeed(database.db);
  process.env.DATABASE_URL = database.url;
  queries = await import('@/lib/alerts/queries');
});
afterAll(async () => {
  await (await import('@/lib/db')).db.$disconnect();
  await database?.drop();
});

const counts = (followers: number, queued: number, sent: number, failed: number, skipped: number, bounced: number, complained: number, suppressed: number, outside: { weekly: number | null; suppressedBefore: number | null } = { weekly: 0, suppressedBefore: 0 }) => ({
  followers,
  queued,
  sent,
  failed,
  skipped,
  bounced,
  complained,
  suppressed,
  ...outside,
});
const notForThisKind = { weekly: null, suppressedBefore: null };

describe('the delivery counts of alerts', () => {
  it('counts each alert of an update by state, its emails reported as bounced or spam, and the suppressed addresses among its followers', async () => {
    const [update, otherUpdate] = await database.db.update.findMany({ where: { state: 'PUBLISHED' }, select: { id: true }, take: 2, orderBy: { id: 'asc' } });
    const published = await createAlertWithDeliveries(database.db, { kind: 'UPDATE', updateId: update!.id }, [
      ...deliveriesIn('SENT', 2),
      { state: 'SENT', suppressed: 'BOUNCED', reported: 'BOUNCED' },
      { state: 'SENT', suppressed: 'COMPLAINED', reported: 'COMPLAINED' },
      ...deliveriesIn('SENT', 1, 'COMPLAINED'),
      ...deliveriesIn('QUEUED', 2),
      ...deliveriesIn('FAILED', 1),
      ...deliveriesIn('SKIPPED', 1, 'BOUNCED'),
    ]);
    const retracted = await createAlertWithDeliveries(database.db, { kind: 'RETRACTION', updateId: update!.id }, deliveriesIn('QUEUED', 1));
    await createAlertWithDeliveries(database.db, { kind: 'UPDATE', updateId: otherUpdate!.id }, deliveriesIn('SENT', 4));

    expect(await queries.getAlertDeliveryCounts({ updateId: update!.id })).toEqual([
      { alertId: published.id, kind: 'UPDATE', createdAt: published.createdAt, ...counts(9, 2, 5, 1, 1, 1, 1, 4) },
      { alertId: retracted.id, kind: 'RETRACTION', createdAt: retracted.createdAt, ...counts(1, 1, 0, 0, 0, 0, 0, 0, notForThisKind) },
    ]);
  });

  it('reports an alert no one followed with zero everywhere, and only the alerts of the action asked for', async () => {
    const [event, otherEvent] = await database.db.actionEvent.findMany({ select: { id: true }, take: 2, orderBy: { id: 'asc' } });
    const announced = await createAlertWithDeliveries(database.db, { kind: 'EVENT', eventId: event!.id }, []);
    await createAlertWithDeliveries(database.db, { kind: 'EVENT', eventId: otherEvent!.id }, deliveriesIn('SENT', 2));

    expect(await queries.getAlertDeliveryCounts({ eventId: event!.id })).toEqual([
      { alertId: announced.id, kind: 'EVENT', createdAt: announced.createdAt, ...counts(0, 0, 0, 0, 0, 0, 0, 0) },
    ]);
  });

  it('tells apart, beside the deliveries, the weekly followers whose digest lists the update and the followers already suppressed when it was queued', async () => {
    const kuramshin = await database.db.case.findUniqueOrThrow({ where: { slug: 'vadim-kuramshin' }, select: { id: true } });
    const follower = (email: string, frequency: 'INSTANT' | 'WEEKLY') =>
      database.db.subscriber.create({
        data: { email, locale: 'en', state: 'CONFIRMED', frequency, confirmedAt: new Date(Date.now() - 60_000), cases: { create: [{ caseId: kuramshin.id }] } },
        select: { id: true },
      });
    await follower('weekly-reader@example.org', 'WEEKLY');
    const switched = await follower('switched-to-weekly@example.org', 'WEEKLY');
    await follower('bounced-before@example.org', 'INSTANT');
    await database.db.suppression.create({ data: { email: 'bounced-before@example.org', reason: 'BOUNCED', createdAt: new Date(Date.now() - 30_000) } });
    await follower('weekly-bounced@example.org', 'WEEKLY');
    await database.db.suppression.create({ data: { email: 'weekly-bounced@example.org', reason: 'BOUNCED' } });
    const update = await database.db.update.create({
      data: { caseId: kuramshin.id, title: 'Compté', body: '…', occurredOn: new Date('2026-11-01'), occurredOnPrecision: 'DAY', state: 'PUBLISHED', publishedAt: new Date() },
      select: { id: true },
    });
    const published = await createAlertWithDeliveries(database.db, { kind: 'UPDATE', updateId: update.id }, deliveriesIn('SENT', 2));
    // Alerted on its own while still instant: their digest does not list it again.
    await database.db.delivery.create({ data: { alertId: published.id, subscriberId: switched.id, batch: 0, state: 'SENT' } });

    expect(await queries.getAlertDeliveryCounts({ updateId: update.id })).toEqual([
      { alertId: published.id, kind: 'UPDATE', createdAt: published.createdAt, ...counts(3, 0, 3, 0, 0, 0, 0, 0, { weekly: 1, suppressedBefore: 1 }) },
    ]);
  });
});
