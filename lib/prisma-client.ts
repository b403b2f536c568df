import { PrismaPg } from '@prisma/adapter-pg';
import type { PoolConfig } from 'pg';
import { PrismaClient } from './generated/prisma/client';

/** How long to wait for PostgreSQL: for a connection, and for one statement (none when unset). */
export type DatabaseTimeouts = { connectMs: number; statementMs?: number };

/**
 * Settings of a pg pool that never waits forever on PostgreSQL: connecting gives up after `connectMs`; the server
 * cancels a statement after `statementMs` (lock waits included), and the client gives up 5 seconds later should
 * the server not answer at all (frozen, or the network gone); TCP keep-alive finds dead idle connections.
 * A pool drops a connection that failed, so once PostgreSQL is back the next request connects again.
 */
export function poolSettings({ connectMs, statementMs }: DatabaseTimeouts): PoolConfig {
  return {
    connectionTimeoutMillis: connectMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    ...(statementMs ? { statement_timeout: statementMs, query_timeout: statementMs + 5_000 } : {}),
  };
}

/** A Prisma client on the pg driver adapter. Scripts and tests use this; the app uses the one in lib/db.ts. */
export function createPrismaClient(connectionString: string, poolSize = 10, timeouts: DatabaseTimeouts = { connectMs: 5_000 }) {
  const adapter = new PrismaPg({ connectionString, max: poolSize, idleTimeoutMillis: 30_000, ...poolSettings(timeouts) });
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createPrismaClient>;
