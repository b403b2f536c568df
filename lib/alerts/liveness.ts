import 'server-only';
import type { Runner, WorkerUtils } from 'graphile-worker';
import { db } from '../db';

/**
 * A worker killed mid-job (kill -9, lost machine) leaves its jobs locked; the queue would only hand them to
 * another worker hours later. Each process announces its workers every `staleAfterMs / 3`, and hands back the
 * jobs of any worker that stopped announcing for `staleAfterMs`. Handing back is safe: a batch carries the
 * same idempotency key and payload when it is sent again, so nobody gets it twice.
 */
export function keepWorkersAlive(runner: Runner, utils: WorkerUtils, staleAfterMs: number) {
  const workerIds = new Set<string>();
  runner.events.on('worker:create', ({ worker }) => {
    workerIds.add(worker.workerId);
    void beat();
  });
  runner.events.on('worker:stop', ({ worker }) => workerIds.delete(worker.workerId));

  async function beat() {
    const now = new Date();
    for (const workerId of workerIds) {
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
  void runner.promise.finally(() => clearInterval(timer));
}
