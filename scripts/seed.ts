import { openDatabase } from './lib/database';
import { loadDotEnv } from './lib/dotenv';
import { exitWithError } from './lib/fatal';
import { applyMigrations } from './lib/migrations';
import { createPrismaClient } from '../lib/prisma-client';
import { applySeed } from '../seeds/apply';

loadDotEnv();
const database = await openDatabase(console.log).catch(exitWithError);
try {
  await applyMigrations(database.url);
  const db = createPrismaClient(database.url, 2);
  const inserted = await applySeed(db);
  await db.$disconnect();
  console.log(inserted ? `Seeded ${inserted} rows.` : 'The seed was already loaded: nothing changed.');
} catch (error) {
  await database.stop();
  exitWithError(error);
}
await database.stop();
process.exit(0);
