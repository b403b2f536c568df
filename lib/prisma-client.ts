import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

/** A Prisma client on the pg driver adapter. Scripts and tests use this; the app uses the one in lib/db.ts. */
export function createPrismaClient(connectionString: string, poolSize = 10) {
  const adapter = new PrismaPg({
    connectionString,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createPrismaClient>;
