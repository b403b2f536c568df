import 'server-only';
import { env } from './env';
import { createPrismaClient, type Db, type DatabaseTimeouts } from './prisma-client';

const globalForDb = globalThis as unknown as { db?: Db };

/** The app's limits on waiting for PostgreSQL, shared by every pool it opens. */
export const databaseTimeouts: DatabaseTimeouts = { connectMs: env.DATABASE_CONNECT_TIMEOUT_MS, statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS };

/** The app's one Prisma client (kept across hot reloads in development). */
export const db = globalForDb.db ?? createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE, databaseTimeouts);
if (env.NODE_ENV !== 'production') globalForDb.db = db;
