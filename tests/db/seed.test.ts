import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySeed, hasBeenSeeded } from '../../seeds/apply';
import { createTestDatabase } from '../support/test-database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

const tables = [
  'Organisation', 'SourceDocument', 'SourceDocumentIssuer', 'Quote', 'Citation', 'Campaign', 'Case', 'CaseAlias',
  'CaseCount', 'Update', 'Demand', 'DemandCase', 'ActionEvent', 'EventCase', 'EventDemand', 'SeedRun',
];

/** Every row of every table of the record, to compare the whole database before and after. */
async function snapshot() {
  const result: Record<string, unknown[]> = {};
  for (const table of tables) {
    result[table] = await database.db.$queryRawUnsafe(`SELECT * FROM "${table}" ORDER BY 1, 2`);
  }
  return result;
}

describe('seeding', () => {
  it('loads the record into an empty database, then changes nothing when run again', async () => {
    expect(await hasBeenSeeded(database.db)).toBe(false);
    expect(await applySeed(database.db)).toBeGreaterThan(100);
    expect(await hasBeenSeeded(database.db)).toBe(true);
    const before = await snapshot();

    expect(await applySeed(database.db)).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('never overwrites what an organizer changed since', async () => {
    await database.db.case.update({ where: { slug: 'vadim-kuramshin' }, data: { letterAddress: 'Adresse vérifiée par la campagne' } });
    await applySeed(database.db);
    const kuramshin = await database.db.case.findUniqueOrThrow({ where: { slug: 'vadim-kuramshin' } });
    expect(kuramshin.letterAddress).toBe('Adresse vérifiée par la campagne');
  });

  it('stores statuses with the quotes that support them', async () => {
    const kuramshin = await database.db.case.findUniqueOrThrow({
      where: { slug: 'vadim-kuramshin' },
      select: { status: true, updates: { where: { status: { not: null } }, select: { citations: { select: { quote: { select: { text: true } } } } } } },
    });
    expect(kuramshin.status).toBe('DETAINED');
    const quotes = kuramshin.updates.flatMap((u) => u.citations.map((c) => c.quote.text));
    expect(quotes.some((text) => text.includes('toujours incarcéré'))).toBe(true);

    const defendants = await database.db.case.findUniqueOrThrow({
      where: { slug: 'zhanaozen-defendants' },
      select: { status: true, counts: { orderBy: { position: 'asc' }, select: { count: true } } },
    });
    expect(defendants).toEqual({ status: 'CHARGED', counts: [{ count: 43 }, { count: 52 }] });
  });

  it('stores all-day events at local midnight of their own time zone', async () => {
    const week = await database.db.actionEvent.findFirstOrThrow({ where: { kind: 'SOLIDARITY_WEEK' } });
    const local = new Intl.DateTimeFormat('en-CA', { timeZone: week.timeZone, dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' });
    expect(local.format(week.startsAt)).toBe('2012-03-19, 00:00');
    expect(local.format(week.endsAt!)).toBe('2012-03-25, 00:00');
  });
});
