import path from 'node:path';
import { defaultBackupFile, restoreBackup, writeBackup } from './lib/backup';
import { openDatabase } from './lib/database';
import { loadDotEnv } from './lib/dotenv';
import { exitWithError, StartupError } from './lib/fatal';

/**
 * `npm run db:backup [-- <file>]` and `npm run db:restore -- <file>`, on DATABASE_URL or the embedded database
 * (the one `npm start` runs, or started here for the time it takes). Both may run while the app runs.
 */
const log = (line: string) => console.log(`[backup] ${line}`);

async function backup(file = defaultBackupFile()) {
  const database = await openDatabase(log, { shareRunning: true });
  try {
    const { rows, tables } = await writeBackup(database.url, path.resolve(file));
    log(`wrote ${rows} rows of ${tables} tables to ${path.relative(process.cwd(), path.resolve(file))}`);
  } finally {
    await database.stop();
  }
}

async function restore(file: string | undefined) {
  if (!file) throw new StartupError('Name the backup to restore: npm run db:restore -- backups/<file>.ndjson.gz');
  const database = await openDatabase(log, { shareRunning: true });
  try {
    const keepReplacedIn = defaultBackupFile().replace(/\.ndjson\.gz$/, '-before-restore.ndjson.gz');
    const { rows } = await restoreBackup(database.url, path.resolve(file), { log, keepReplacedIn });
    log(`restored ${rows} rows from ${file}`);
  } finally {
    await database.stop();
  }
}

loadDotEnv();
const [command, file] = process.argv.slice(2);
(command === 'restore' ? restore(file) : backup(file)).then(() => process.exit(0), exitWithError);
