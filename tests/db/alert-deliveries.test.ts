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

const counts = (followers: number, queued: number, sent: number, failed: number, skipped: number, bounced: number, complained: number, suppressed: number) => ({
  followers,
  queued,
  sent,
  failed,
  skipped,
  bounced,
  complained,
  suppressed,
});

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
      { alertId: retracted.id, kind: 'RETRACTION', createdAt: retracted.createdAt, ...counts(1, 1, 0, 0, 0, 0, 0, 0) },
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
});
