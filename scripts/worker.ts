import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import { Logger, makeWorkerUtils, run, type WorkerEvents } from 'graphile-worker';
import { logError, logInfo } from '../lib/safe-log.mjs';
import { loadDotEnv } from './lib/dotenv';
import { exitWithError } from './lib/fatal';

/**
 * graphile-worker's messages, as its own logger words them, through the app's scrubbing log: a failed job's error
 * quotes what the email provider or PostgreSQL said, addresses included.
 */
const logger = new Logger((scope) => (level, message) => {
  if (level === 'debug') return;
  const job = scope.workerId ? `(${scope.workerId}${scope.taskIdentifier ? `: ${scope.taskIdentifier}` : ''}${scope.jobId ? `{${scope.jobId}}` : ''})` : '';
  (level === 'error' || level === 'warning' ? logError : logInfo)(`[${scope.label ?? 'core'}${job}] ${level.toUpperCase()}: ${message}`);
});

/**
 * The alert worker: sends alert batches, confirmation emails and the weekly digest from the PostgreSQL job queue.
 * `npm start` runs one; more can run side by side (`npm run worker`), each job is taken by one of them.
 * With WORKER_HEALTH_PORT set it answers GET / with 200 while it runs (for process supervisors and tests).
 */
async function main() {
  loadDotEnv();
  // The worker renders emails with React, whose development build (the default without NODE_ENV) is far slower.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'production' });
  const { env } = await import('../lib/env');
  const { taskList, crontab } = await import('../lib/alerts/tasks');
  const { isLostDatabaseConnection, keepWorkersAlive } = await import('../lib/alerts/liveness');
  // graphile-worker does not wait for the query that releases a finished job: with the database gone, it fails
  // unhandled, which would end the process. The job stays locked by this live worker until liveness hands it back.
  process.on('unhandledRejection', (reason) => {
    if (!isLostDatabaseConnection(reason)) throw reason;
    logError(`[worker] the database is out of reach (${(reason as Error).message}); waiting for it to come back`);
  });
  const utils = await makeWorkerUtils({ connectionString: env.DATABASE_URL, logger });
  const events: WorkerEvents = new EventEmitter();
  const stopLiveness = keepWorkersAlive(events, utils, env.WORKER_STALE_AFTER_SECONDS * 1000);
  const runner = await run({ connectionString: env.DATABASE_URL, logger, concurrency: env.WORKER_CONCURRENCY, taskList, crontab, pollInterval: 2_000, events });
  void runner.promise.finally(() => {
    stopLiveness();
    return utils.release();
  });
  const healthPort = env.WORKER_HEALTH_PORT;
  if (healthPort) {
    const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));
    server.listen(healthPort, '127.0.0.1');
    void runner.promise.finally(() => server.close());
  }
  await runner.promise;
}

main().catch(exitWithError);
