import 'server-only';
import { db } from './db';

const TIMEOUT_MS = 3_000;

/** Whether the database answers a trivial query within a few seconds. */
export async function checkDatabase(): Promise<{ ok: true } | { ok: false; reason: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return { ok: true };
  } catch (error) {
    const timedOut = error instanceof Error && error.message === 'timeout';
    console.error('health check: database unavailable', timedOut ? 'timeout' : (error as Error)?.message);
    return { ok: false, reason: timedOut ? 'database did not answer in time' : 'database unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
