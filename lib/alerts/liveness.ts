import 'server-only';
import type { WorkerEvents, WorkerUtils } from 'graphile-worker';
import { db } from '../db';

const connectionLossCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', '57P01', '57P02', '57P03']);

/** Whether an error says the database is out of reach (stopped, restarting, network gone), not that a query is wrong. */
export function isLostDatabaseConnection(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (connectionLossCodes.has(code) || code.startsWith('08'))) return true;
  return /Connection terminated|not queryable|timeout exceeded when trying to connect/i.test(error.message);
}

/**
 * A worker killed mid-job (kill -9, lost machine) leaves its jobs locked; the queue would only hand them to
 * another worker hours later. Jobs are locked by the worker pool (one per process) that took them: each process
 * announces its pools every `staleAfterMs / 3`, and hands back the jobs of any pool that stopped announcing for
 * `staleAfterMs`. A live pool can hold a job too that none of its workers runs any more: the database went away
 * as the job ended, and the query that would have released it failed; such jobs are handed back after
 * `staleAfterMs` as well. Handing back is safe: a batch carries the same idempotency key and payload when it is
 * sent again, so nobody gets it twice. Subscribe with the `events` given to graphile-worker's `run` (its pools
 * are created before `run` returns); returns the function that stops the checks.
 */
export function keepWorkersAlive(events: WorkerEvents, utils: WorkerUtils, staleAfterMs: number): () => void {
  const poolIds = new Set<string>();
  events.on('pool:create', ({ workerPool }) => {
    poolIds.add(workerPool.id);
    void beat();
  });
  events.on('pool:release', ({ workerPool }) => poolIds.delete(workerPool.id));
  /** The jobs this process runs (until Infinity), and those it finished lately, whose release may still be on its way. */
  const ownJobsUntil = new Map<string, number>();
  events.on('job:start', ({ job }) => ownJobsUntil.set(job.id, Infinity));
  events.on('job:complete', ({ job }) => ownJobsUntil.set(job.id, Date.now() + staleAfterMs));

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

  /**
   * graphile-worker has no call that releases one job of a live pool (forceUnlockWorkers releases all of them,
   * running ones too), hence the update of its table; these jobs use no named queue, so they hold no queue lock.
   */
  async function releaseOrphanedJobs() {
    const now = Date.now();
    for (const [jobId, until] of ownJobsUntil) if (until < now) ownJobsUntil.delete(jobId);
    const released = await db.$executeRaw`
      UPDATE graphile_worker._private_jobs SET locked_by = NULL, locked_at = NULL
      WHERE locked_by = ANY(${[...poolIds]}::text[]) AND locked_at < ${new Date(now - staleAfterMs)}
        AND id <> ALL(${[...ownJobsUntil.keys()]}::bigint[])`;
    if (released) console.log(`[worker] handed back ${released} job(s) that this worker no longer runs`);
  }

  const tick = async () => {
    try {
      await beat();
      await releaseJobsOfStoppedWorkers();
      await releaseOrphanedJobs();
    } catch (error) {
      console.error('[worker] liveness check failed (the database may be restarting)', error);
    }
  };
  const timer = setInterval(tick, Math.max(1_000, Math.floor(staleAfterMs / 3)));
  return () => clearInterval(timer);
}
