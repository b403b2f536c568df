import 'server-only';
import type { WorkerEvents, WorkerUtils } from 'graphile-worker';
import { db } from '../db';

/**
 * A worker killed mid-job (kill -9, lost machine) leaves its jobs locked; the queue would only hand them to
 * another worker hours later. Jobs are locked by the worker pool (one per process) that took them: each process
 * announces its pools every `staleAfterMs / 3`, and hands back the jobs of any pool that stopped announcing for
 * `staleAfterMs`. Handing back is safe: a batch carries the same idempotency key and payload when it is sent
 * again, so nobody gets it twice. Subscribe with the `events` given to graphile-worker's `run` (its pools are
 * created before `run` returns); returns the function that stops the checks.
 */
export function keepWorkersAlive(events: WorkerEvents, utils: WorkerUtils, staleAfterMs: number): () => void {
  const poolIds = new Set<string>();
  events.on('pool:create', ({ workerPool }) => {
    poolIds.add(workerPool.id);
    void beat();
  });
  events.on('pool:release', ({ workerPool }) => poolIds.delete(workerPool.id));

  async function beat() {
    const now = new Date();
    for (const workerId of poolIds) {
      await db.workerHeartbeat.upsert({ where: { workerId }, create: { workerId, beatAt: now }, update: { beatAt: now } });
    }
  }

  async function releaseJobsOfStoppedWorkers() {
    const cutoff = new Date(Date.now() - staleAfterMs);
    const stopped = await db.$queryRaw<{ workerId: string }[]>`
      SELECT DISTINCT j.locked_by AS "workerId" FROM graphile_worker.jobs j
      WHERE j.locked_by IS NOT NULL AND j.locked_at < ${cutoff}
        AND NOT EXISTS (SELECT 1 FROM "WorkerHeartbeat" h WHERE h."workerId" = j.locked_by AND h."beatAt" >= ${cutoff})`;
    if (stopped.length) {
      const ids = stopped.map((row) => row.workerId);
      await utils.forceUnlockWorkers(ids);
      await db.workerHeartbeat.deleteMany({ where: { workerId: { in: ids } } });
      console.log(`[worker] handed back the jobs of ${ids.length} stopped worker(s)`);
    }
  }

  const tick = async () => {
    try {
      await beat();
      await releaseJobsOfStoppedWorkers();
    } catch (error) {
      console.error('[worker] liveness check failed (the database may be restarting)', error);
    }
  };
  const timer = setInterval(tick, Math.max(1_000, Math.floor(staleAfterMs / 3)));
  return () => clearInterval(timer);
}
