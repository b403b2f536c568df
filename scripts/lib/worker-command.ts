/**
 * How the alert worker is started (by `npm start`, the end-to-end tests, the worker tests and the benchmark): Node
 * itself with tsx's loader, not the tsx command, which would run the worker as a grandchild that a kill does not
 * reach. Its heap is capped: a worker holds a few batches at a time (about 64 MB live), but V8 let its heap grow
 * to four times that between collections, and its resident memory went from 250 MB to 500 MB over a large alert.
 * `npm run worker` uses the same flags.
 */
export const workerCommand = {
  command: process.execPath,
  args: ['--max-old-space-size=256', '--import', 'tsx', '--import', './scripts/lib/server-code.mjs', 'scripts/worker.ts'],
};
