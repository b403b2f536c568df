import 'server-only';
import { env } from './env';
import { createPrismaClient, type Db } from './prisma-client';

const globalForDb = globalThis as unknown as { db?: Db };

/** The app's one Prisma client (kept across hot reloads in development). */
export const db = globalForDb.db ?? createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
if (env.NODE_ENV !== 'production') globalForDb.db = db;
