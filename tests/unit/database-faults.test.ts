import { describe, expect, it } from 'vitest';
import { databaseFault } from '@/lib/database-faults';
import { createPrismaClient } from '@/lib/prisma-client';

const postgresError = (code: string) => Object.assign(new Error('from the server'), { code, severity: 'ERROR' });
/** The shape Prisma gives a failure the driver adapter reported. */
const prismaError = (code: string, cause: object) => Object.assign(new Error('Invalid invocation'), { code, meta: { driverAdapterError: { name: 'DriverAdapterError', cause } } });

describe('what a PostgreSQL failure means for a save', () => {
  it('a read-only database or a full disk refuses the write', () => {
    expect(databaseFault(prismaError('P2039', { kind: 'postgres', code: '25006' }))).toBe('refusesWrites');
    expect(databaseFault(prismaError('P2010', { kind: 'postgres', code: '53100' }))).toBe('refusesWrites');
    expect(databaseFault(postgresError('25006'))).toBe('refusesWrites');
  });

  it('a server that is restarting, overloaded, gone or too slow is unavailable', () => {
    for (const code of ['08006', '08001', '57P01', '57P03', '53300', '53200', '57014']) expect(databaseFault(postgresError(code)), code).toBe('unavailable');
    expect(databaseFault(new Error('Connection terminated unexpectedly'))).toBe('unavailable');
    expect(databaseFault(new Error('timeout exceeded when trying to connect'))).toBe('unavailable');
    expect(databaseFault(prismaError('P1017', { kind: 'ConnectionClosed' }))).toBe('unavailable');
  });

  it('a server nobody listens on is unavailable, as the app sees it through Prisma', async () => {
    const db = createPrismaClient('postgresql://nobody:secret@127.0.0.1:1/none', 1);
    const error = await db.case.count().catch((caught: unknown) => caught);
    expect(databaseFault(error)).toBe('unavailable');
  });

  it('anything else is not a fault of the database', () => {
    expect(databaseFault(prismaError('P2002', { kind: 'UniqueConstraintViolation' }))).toBeUndefined();
    expect(databaseFault(postgresError('23505'))).toBeUndefined();
    expect(databaseFault(new Error('the audit log is append-only'))).toBeUndefined();
    expect(databaseFault('a string')).toBeUndefined();
  });
});
