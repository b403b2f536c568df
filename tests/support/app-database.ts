import { applySeed } from '../../seeds/apply';
import { createTestDatabase } from './test-database';

/**
 * A migrated and seeded throw-away database that the app's own client (lib/db.ts) reads: import the queries
 * under test (dynamically) only after this resolves, since lib/db.ts connects to DATABASE_URL when loaded.
 */
export async function createSeededAppDatabase() {
  const database = await createTestDatabase();
  await applySeed(database.db);
  process.env.DATABASE_URL = database.url;
  return {
    ...database,
    drop: async () => {
      const { db } = await import('../../lib/db');
      await db.$disconnect();
      await database.drop();
    },
  };
}
