/**
 * How the alert worker is started (by `npm start`, the end-to-end tests and the worker tests): Node itself with
 * tsx's loader, not the tsx command, which would run the worker as a grandchild that a kill does not reach.
 */
export const workerCommand = {
  command: process.execPath,
  args: ['--import', 'tsx', '--import', './scripts/lib/server-code.mjs', 'scripts/worker.ts'],
};
