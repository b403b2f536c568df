import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createPrismaClient } from '../lib/prisma-client';
import { applySeed, hasBeenSeeded } from '../seeds/apply';
import { buildIfNeeded } from './lib/build';
import { embeddedDataDir, openDatabase } from './lib/database';
import { loadDotEnv } from './lib/dotenv';
import { exitWithError, StartupError } from './lib/fatal';
import { applyMigrations, projectRoot } from './lib/migrations';
import { localAdminEmail, localDefaults } from './lib/local-defaults';
import { isPortFree } from './lib/ports';
import { workerCommand } from './lib/worker-command';
import { ensurePrismaClient } from './lib/prisma-client-check';
import { webServerCommand } from './lib/web-server-command';

const log = (line: string) => console.log(`[start] ${line}`);
const bin = (name: string) => path.join(projectRoot, 'node_modules/.bin', name);

function readPort(): number {
  const raw = process.env.PORT ?? '3000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StartupError(`PORT must be a number from 1 to 65535, not "${raw}".`);
  return port;
}

async function main() {
  loadDotEnv();
  const dev = process.argv.includes('--dev');
  const port = readPort();
  if (!(await isPortFree(port))) {
    throw new StartupError(`Port ${port} is already in use. Stop what uses it, or pick another port: PORT=${port + 1} npm start`);
  }
  ensurePrismaClient(log);

  const embedded = !process.env.DATABASE_URL;
  log(embedded ? 'starting the embedded PostgreSQL (data in .data/)' : 'using the PostgreSQL of DATABASE_URL');
  const database = await openDatabase(log);
  let web: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    web?.kill('SIGTERM');
    worker?.kill('SIGTERM');
    await database.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const applied = await applyMigrations(database.url);
    log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
    const db = createPrismaClient(database.url, 2);
    try {
      if (!(await hasBeenSeeded(db))) log(`loaded the seed from the source documents (${await applySeed(db)} rows)`);
    } finally {
      await db.$disconnect();
    }
    const defaults = localDefaults({ port, embedded, dataDir: embeddedDataDir });
    const env = { ...process.env, ...defaults, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) };
    if (!dev) buildIfNeeded({ ...env, NODE_ENV: 'production' }, log);

    const { command, args } = dev ? { command: bin('next'), args: ['dev', '--port', String(port), '--hostname', '127.0.0.1'] } : webServerCommand(port);
    web = spawn(command, args, { cwd: projectRoot, env, stdio: 'inherit' });
    web.on('exit', (code) => void shutdown(code ?? 1));
    const startWorker = () => {
      worker = spawn(workerCommand.command, workerCommand.args, { cwd: projectRoot, env, stdio: 'inherit' });
      // A crashed worker must not take the site down: it is started again, and its jobs wait in the queue.
      worker.on('exit', (code) => {
        if (stopping) return;
        log(`the alert worker stopped (exit ${code}); starting it again in 5 seconds`);
        setTimeout(startWorker, 5_000);
      });
    };
    startWorker();
    log(`the app and its alert worker are starting at http://localhost:${port} (Ctrl-C stops them and the database)`);
    if (defaults.LOCAL_MAILBOX === 'open' && defaults.ADMIN_EMAILS === localAdminEmail) {
      log(`workspace: sign in at http://localhost:${port}/admin as ${localAdminEmail}; the link arrives in the local mailbox (/admin/mailbox)`);
    }
  } catch (error) {
    await database.stop();
    throw error;
  }
}

main().catch(exitWithError);
