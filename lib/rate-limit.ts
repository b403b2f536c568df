import 'server-only';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { databaseTimeouts } from './db';
import { env } from './env';
import { poolSettings } from './prisma-client';
import { keyedHash } from './security/keyed-hash';
import { logError } from './safe-log.mjs';

let pool: pg.Pool | undefined;
function storeClient() {
  if (!pool) {
    pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2, ...poolSettings(databaseTimeouts) });
    // An idle connection dropped by the server (a restart) must not crash the process; the pool reconnects.
    pool.on('error', (error) => logError('rate limit store: idle connection lost', error.message));
  }
  return pool;
}

function postgresLimiter(keyPrefix: string, points: number, durationSeconds: number) {
  return new RateLimiterPostgres({ storeClient: storeClient(), tableName: 'RateLimit', tableCreated: true, keyPrefix, points, duration: durationSeconds });
}

/**
 * A limiter kept in PostgreSQL (table "RateLimit", created by the migrations), shared by every web process. Its
 * keys (email and network addresses, user ids) are stored as keyed hashes, never as they are.
 */
function limiter(keyPrefix: string, points: number, durationSeconds: number) {
  let instance: RateLimiterPostgres | undefined;
  return async (key: string): Promise<boolean> => {
    instance ??= postgresLimiter(keyPrefix, points, durationSeconds);
    try {
      await instance.consume(keyedHash(key));
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

/** Test alerts an organizer sends to themselves. */
export const allowTestSend = limiter('test-send', 10, 15 * 60);

/** Sign-ups sent from one address of the network, and for one email address, per hour. */
export const allowSubscribeFromIp = limiter('subscribe-ip', 20, 60 * 60);
export const allowSubscribeForEmail = limiter('subscribe-email', 5, 60 * 60);

/**
 * The client address, as the web server wrote it from the connection or the trusted proxies
 * (lib/security/client-address.mjs); one shared bucket when there is none.
 */
export function clientIp(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}

let sendLimiter: RateLimiterPostgres | undefined;

/**
 * Waits until the email provider may be called again: at most EMAIL_REQUESTS_PER_SECOND calls a second across
 * every process (the provider's limit is per account, not per process).
 */
export async function waitForSendSlot(): Promise<void> {
  sendLimiter ??= postgresLimiter('email-provider', env.EMAIL_REQUESTS_PER_SECOND, 1);
  for (;;) {
    try {
      await sendLimiter.consume('calls');
      return;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      await new Promise((resolve) => setTimeout(resolve, Math.max(rejection.msBeforeNext, 5)));
    }
  }
}
