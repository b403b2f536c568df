import 'server-only';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { env } from './env';

let pool: pg.Pool | undefined;
function storeClient() {
  if (pool) return pool;
  pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2, connectionTimeoutMillis: 5_000 });
  // An idle connection the server closes (restart, failover) must not end the process; the pool reconnects.
  pool.on('error', (error) => console.error('rate limit store: idle connection lost', error.message));
  return pool;
}

/** A limiter kept in PostgreSQL (table "RateLimit", created by the migrations), shared by every web process. */
function limiter(keyPrefix: string, points: number, durationSeconds: number) {
  let instance: RateLimiterPostgres | undefined;
  return async (key: string): Promise<boolean> => {
    instance ??= new RateLimiterPostgres({ storeClient: storeClient(), tableName: 'RateLimit', tableCreated: true, keyPrefix, points, duration: durationSeconds });
    try {
      await instance.consume(key);
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return false;
      throw rejection;
    }
  };
}

/** Sign-in links requested from one address of the network, and for one email address. */
export const allowSignInFromIp = limiter('sign-in-ip', env.SIGN_IN_LIMIT_PER_IP, 15 * 60);
export const allowSignInForEmail = limiter('sign-in-email', 5, 15 * 60);

/** Sign-ups sent from one address of the network, and for one email address, per hour. */
export const allowSubscribeFromIp = limiter('subscribe-ip', 20, 60 * 60);
export const allowSubscribeForEmail = limiter('subscribe-email', 5, 60 * 60);

/** The client address as the nearest proxy reports it (falls back to one shared bucket). */
export function clientIp(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown';
}
