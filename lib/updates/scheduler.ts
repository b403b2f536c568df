import 'server-only';
import { logError } from '../safe-log.mjs';
import { publishDueUpdates } from './publish';

const intervalMs = 30_000;
const state = globalThis as unknown as { scheduledPublishing?: NodeJS.Timeout };

/**
 * Publishes due scheduled updates every 30 seconds in this process. Several processes may run it: each due
 * update is claimed by one of them (see publishDueUpdates). Started once per process.
 */
export function startScheduledPublishing() {
  if (state.scheduledPublishing) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const { published } = await publishDueUpdates(new Date());
      if (published.length > 0) console.log(`published ${published.length} scheduled update(s)`);
    } catch (error) {
      logError('publishing scheduled updates failed', error);
    } finally {
      running = false;
    }
  };
  state.scheduledPublishing = setInterval(tick, intervalMs);
  state.scheduledPublishing.unref();
  void tick();
}
