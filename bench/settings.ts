import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../scripts/lib/migrations';

/** Each address is loaded for a duration after a warm-up, or (smoke) for a number of requests. */
/** Each round loads every address once, one after the other. */
export type LoadSettings = { connections: number; warmupSeconds: number; rounds: number } & ({ durationSeconds: number } | { requests: number });

export type Settings = {
  smoke: boolean;
  /** The command line as typed, for the report. */
  command: string;
  reportPath: string;
  /** What the report should say about the machine that the machine cannot tell (e.g. "shared with other jobs"). */
  machineNote: string | null;
  load: LoadSettings;
  publishSamples: number;
  /** Fan-out runs, smallest first: followers of one case. */
  followerCounts: number[];
  emailRequestsPerSecond: number;
  workers: number;
  workerConcurrency: number;
};

const usage = `npm run bench [-- --smoke] [--report <file>] [--rate <requests per second>] [--note <machine note>]`;

function quoted(argument: string) {
  return /^[\w./:=@-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", "'\\''")}'`;
}

export function readSettings(argv = process.argv.slice(2)): Settings {
  const { values } = parseArgs({
    args: argv,
    options: {
      smoke: { type: 'boolean', default: false },
      report: { type: 'string' },
      rate: { type: 'string' },
      note: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const smoke = values.smoke;
  const rate = Number(values.rate ?? (smoke ? 50 : 10));
  if (!Number.isInteger(rate) || rate < 1 || rate > 1000) throw new Error(`--rate must be a whole number of requests per second from 1 to 1000 (${usage})`);
  return {
    smoke,
    command: ['npm run bench', ...(argv.length ? ['--', ...argv.map(quoted)] : [])].join(' '),
    reportPath: path.resolve(values.report ?? path.join(projectRoot, 'docs/BENCHMARKS.md')),
    machineNote: values.note ?? null,
    // However loaded the machine, a smoke run gets a few answers of every address in a few seconds.
    load: smoke ? { connections: 5, warmupSeconds: 0, rounds: 2, requests: 10 } : { connections: 50, warmupSeconds: 2, rounds: 3, durationSeconds: 8 },
    publishSamples: smoke ? 2 : 10,
    followerCounts: smoke ? [100, 1_000] : [10_000, 100_000],
    emailRequestsPerSecond: rate,
    workers: smoke ? 1 : 2,
    workerConcurrency: 4,
  };
}
