import path from 'node:path';
import pg from 'pg';
import { StartupError } from './fatal';
import { runningEmbeddedPostgres, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { projectRoot } from './migrations';

export const embeddedDataDir = path.join(projectRoot, '.data');

function describeTarget(url: URL) {
  return `${url.hostname}:${url.port || 5432}/${url.pathname.slice(1)}`;
}

/** Connects once to DATABASE_URL and turns the usual failures into one actionable line. */
export async function checkDatabaseUrl(databaseUrl: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(databaseUrl);
    if (!/^postgres(ql)?:$/.test(url.protocol)) throw new Error('protocol');
  } catch {
    throw new StartupError('DATABASE_URL is not a valid URL of the form postgresql://user:password@host:5432/database');
  }
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 8000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const target = describeTarget(url);
    const reasons: Record<string, string> = {
      ECONNREFUSED: `nothing is listening at ${url.hostname}:${url.port || 5432}. Is PostgreSQL running?`,
      ENOTFOUND: `the host "${url.hostname}" is unknown.`,
      EAI_AGAIN: `the host "${url.hostname}" could not be resolved.`,
      ETIMEDOUT: `the server did not answer in time.`,
      '28P01': `the password for user "${decodeURIComponent(url.username)}" was refused.`,
      '28000': `user "${decodeURIComponent(url.username)}" may not connect.`,
      '3D000': `the database "${url.pathname.slice(1)}" does not exist; create it (createdb ${url.pathname.slice(1)}).`,
    };
    throw new StartupError(`Cannot use DATABASE_URL (${target}): ${reasons[code ?? ''] ?? message}. Fix DATABASE_URL, or unset it to use the embedded database.`);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * DATABASE_URL when set (nothing is started), otherwise the embedded PostgreSQL under `.data/`. With
 * `shareRunning`, an embedded PostgreSQL that `npm start` runs already is used as it is, and left running.
 */
export async function openDatabase(log: (line: string) => void = () => {}, { shareRunning = false } = {}): Promise<EmbeddedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await checkDatabaseUrl(configured);
    return { url: configured, stop: async () => {} };
  }
  const embedded = { dir: embeddedDataDir, database: 'tracker' };
  const running = shareRunning ? runningEmbeddedPostgres(embedded) : undefined;
  if (running) log('using the embedded PostgreSQL that is running (npm start)');
  return running ?? startEmbeddedPostgres({ ...embedded, log });
}
