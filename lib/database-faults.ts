/**
 * What a failure of PostgreSQL means for the person who was saving something, read from any error the app gets
 * from it: Prisma's (with the driver adapter's cause in `meta`), the pg driver's own, or a pg pool's.
 *
 * - `refusesWrites`: the server is up but will not write (a read-only database or replica, a full disk); the
 *   transaction was refused, so nothing of it was saved.
 * - `unavailable`: the server could not be reached or dropped the connection (restart, failover, overload,
 *   a timeout); the request may be tried again once it is back.
 */
export type DatabaseFault = 'refusesWrites' | 'unavailable';

/** SQLSTATE codes and classes (the first two characters) of https://www.postgresql.org/docs/current/errcodes-appendix.html */
const faultOfSqlState = (code: string): DatabaseFault | undefined => {
  if (code === '25006' /* read_only_sql_transaction */ || code === '53100' /* disk_full */) return 'refusesWrites';
  const sqlClass = code.slice(0, 2);
  if (sqlClass === '08' /* connection exception */ || sqlClass === '53' /* insufficient resources */) return 'unavailable';
  // admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down), query_canceled (statement timeout)
  if (['57P01', '57P02', '57P03', '57014'].includes(code)) return 'unavailable';
  return undefined;
};

/** The driver adapter's names for connection failures (Prisma's `DriverAdapterError` causes). */
const unavailableKinds = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);
/** Prisma's own codes: can't reach the server, server closed the connection, pool timeout, server timed out. */
const unavailablePrismaCodes = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** The pg driver and pool fail these ways without a code when the server goes away or does not answer. */
const unavailableMessages = /^(Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error)/;
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);

type ErrorLike = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

function faultOf(candidate: ErrorLike): DatabaseFault | undefined {
  const { code, kind, message } = candidate;
  if (typeof code === 'string') {
    if (/^[0-9A-Z]{5}$/.test(code)) {
      const fault = faultOfSqlState(code);
      if (fault) return fault;
    }
    if (unavailablePrismaCodes.has(code) || socketCodes.has(code)) return 'unavailable';
  }
  if (typeof kind === 'string' && unavailableKinds.has(kind)) return 'unavailable';
  if (typeof message === 'string' && unavailableMessages.test(message)) return 'unavailable';
  return undefined;
}

/** The fault behind an error, following its causes; undefined for anything that is not PostgreSQL failing. */
export function databaseFault(error: unknown): DatabaseFault | undefined {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  let found: DatabaseFault | undefined;
  while (pending.length > 0) {
    const candidate = pending.shift();
    if (!candidate || typeof candidate !== 'object' || seen.has(candidate)) continue;
    seen.add(candidate);
    const fault = faultOf(candidate as ErrorLike);
    // A refused write says more than the connection error a later rollback may add.
    if (fault === 'refusesWrites') return fault;
    found ??= fault;
    const { cause, meta } = candidate as ErrorLike;
    pending.push(cause, meta?.driverAdapterError);
  }
  return found;
}
