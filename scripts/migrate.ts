import { rm } from 'node:fs/promises';
import { exitWithError, StartupError } from './lib/fatal';
import { openDatabase } from './lib/database';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { applyMigrations, createMigration, scratchDir } from './lib/migrations';
import { loadDotEnv } from './lib/dotenv';

async function deploy() {
  const database = await openDatabase(console.log);
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await database.stop();
  }
}

/** The shadow database that replays the migrations lives in a throw-away cluster, never in the app's data. */
async function create(name: string | undefined) {
  if (!name) throw new StartupError('Usage: npm run db:migration:create -- <name>');
  const dir = scratchDir();
  const shadow = process.env.SHADOW_DATABASE_URL
    ? { url: process.env.SHADOW_DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dir, database: 'shadow' });
  try {
    const created = await createMigration(name, shadow.url);
    console.log(created ? `Created ${created}` : 'The schema matches the migrations: nothing to create.');
  } finally {
    await shadow.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

loadDotEnv();
const [command, name] = process.argv.slice(2);
(command === 'create' ? create(name) : deploy()).then(() => process.exit(0), exitWithError);
