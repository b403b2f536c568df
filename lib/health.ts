import 'server-only';
import { db } from './db';
import { logError } from './safe-log.mjs';

const TIMEOUT_MS = 3_000;

/** Whether the database answers a trivial query within a few seconds (why not is logged, never shown). */
export async function checkDatabase(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return true;
  } catch (error) {
    logError('health check: database unavailable:', error instanceof Error ? error.message.trim().split('\n').at(-1) : error);
    return false;
  } finally {
    clearTimeout(timer);
  }
}
