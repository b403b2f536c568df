import type { FanOutRun } from './fanout';
import { browserAcceptEncoding, type PageLoad } from './load';
import type { PublishSample } from './publish';
import type { LoadSettings } from './settings';

/** Load averages (1, 5 and 15 minutes) say how much else the machine was doing. */
export type Machine = { cpu: string; cores: number; memoryGb: number; os: string; node: string; postgres: string; loadAtStart: number[]; loadAtEnd: number[]; note: string | null };

export type BenchResult = {
  date: string;
  command: string;
  smoke: boolean;
  machine: Machine;
  load: LoadSettings;
  busiestCase: { slug: string; updates: number };
  /** The static page first: the ceiling the others are compared with. */
  pages: PageLoad[];
  publish: PublishSample[];
  /** Smallest first. */
  fanOut: FanOutRun[];
  webPeakMb: number;
};

export type Target = { name: string; measured: string; pass: boolean };

const limits = { pageRatio: 0.8, p99Ms: 100, visibleMs: 1_000, createMs: 10_000, sendRatio: 0.95, workerGrowth: 1.2 };

const count = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => value.toFixed(1);
const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(2);
const ratio = (value: number) => `${value.toFixed(2)}×`;
const percent = (value: number) => `${Math.round(value * 100)}%`;
const loads = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
const largest = (result: BenchResult) => result.fanOut[result.fanOut.length - 1]!;
const smallest = (result: BenchResult) => result.fanOut[0]!;
const visibleMs = (sample: PublishSample) => Math.max(sample.pageMs, sample.feedMs);

function pageVerdict(page: PageLoad, ceiling: PageLoad) {
  return page.requestsPerSecond >= limits.pageRatio * ceiling.requestsPerSecond && page.p99 < limits.p99Ms && page.non2xx + page.errors === 0;
}

/** The issue's targets, each judged on what was measured. */
export function targets(result: BenchResult): Target[] {
  const [ceiling, ...cached] = result.pages as [PageLoad, ...PageLoad[]];
  const lowest = cached.reduce((worst, page) => (page.requestsPerSecond < worst.requestsPerSecond ? page : worst));
  const slowest = cached.reduce((worst, page) => (page.p99 > worst.p99 ? page : worst));
  const worstVisible = Math.max(...result.publish.map(visibleMs));
  const big = largest(result);
  const small = smallest(result);
  const duplicates = result.fanOut.reduce((sum, run) => sum + run.duplicates + run.unexpected, 0);
  const losses = result.fanOut.reduce((sum, run) => sum + run.losses, 0);
  return [
    {
      name: `every cached public page ≥ ${limits.pageRatio}× the static page's requests/s, p99 < ${limits.p99Ms} ms, no errors`,
      measured: `lowest ${ratio(lowest.requestsPerSecond / ceiling.requestsPerSecond)} (${lowest.label}); highest p99 ${ms(slowest.p99)} ms (${slowest.label})`,
      pass: cached.every((page) => pageVerdict(page, ceiling)),
    },
    { name: `publish → visible on the case page and the feed ≤ ${limits.visibleMs / 1000} s`, measured: `worst ${seconds(worstVisible)} s of ${result.publish.length}`, pass: worstVisible <= limits.visibleMs },
    { name: `${count(big.followers)} deliveries created ≤ ${limits.createMs / 1000} s`, measured: `${seconds(big.createMs)} s`, pass: big.deliveries === big.followers && big.createMs <= limits.createMs },
    {
      name: `sending ≥ ${limits.sendRatio * 100}% of the configured rate`,
      measured: `${(100 * (big.achievedRequestsPerSecond / big.configuredRequestsPerSecond)).toFixed(1)}% (${big.achievedRequestsPerSecond.toFixed(2)} of ${big.configuredRequestsPerSecond} requests/s)`,
      pass: big.achievedRequestsPerSecond >= limits.sendRatio * big.configuredRequestsPerSecond,
    },
    { name: '0 duplicates, 0 losses (at the provider, by recipient)', measured: `${duplicates} duplicates, ${losses} losses`, pass: duplicates === 0 && losses === 0 },
    {
      name: 'worker memory does not grow with the number of followers',
      measured: `peak RSS ${small.workerPeakMb} MB at ${count(small.followers)}, ${big.workerPeakMb} MB at ${count(big.followers)} followers`,
      pass: big.workerPeakMb <= limits.workerGrowth * small.workerPeakMb,
    },
  ];
}

function table(headers: string[], rows: (string | number)[][]) {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export const headings = {
  targets: '## Targets',
  pages: '## Public pages under load',
  publish: '## Publish → visible',
  fanOut: '## Fan-out and sending',
  memory: '## Memory',
};

/**
 * When even the static page misses the latency target, says why: with every connection always waiting for an
 * answer, the mean latency is connections ÷ throughput (Little's law), whatever the page does.
 */
function ceilingNote(ceiling: PageLoad, connections: number): string {
  if (ceiling.p99 < limits.p99Ms) return '';
  const meanMs = (connections * 1000) / ceiling.requestsPerSecond;
  return `\nThe static page itself, which only sends prerendered HTML, has a p99 of ${ms(ceiling.p99)} ms, so no address of this server can meet the latency target on this machine, whatever its caching. With ${connections} connections always waiting, the mean latency is connections ÷ requests/s (Little's law): ${ms(meanMs)} ms at the static page's ${count(ceiling.requestsPerSecond)} requests/s, and the slowest 1% add the machine's pauses on top. The ratios to the static page are what the caching decides.\n`;
}

export function renderReport(result: BenchResult): string {
  const { machine } = result;
  const [ceiling] = result.pages as [PageLoad];
  const verdicts = targets(result);
  const big = largest(result);
  return `# Benchmarks

Written by \`npm run bench\`${result.smoke ? ' (smoke run: tiny durations and follower counts; the numbers mean nothing)' : ''}. Everything ran in one go on one machine: a throw-away embedded PostgreSQL with the seed, the production build under the app's web server (\`npm start\`'s), real alert workers, the recording Resend server and the load generator.

- Date: ${result.date}
- Command: \`${result.command}\`
- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB memory; ${machine.os}; Node ${machine.node}; PostgreSQL ${machine.postgres}${machine.note ? `; ${machine.note}` : ''}
- Load average (1, 5, 15 minutes) when the run started: ${loads(machine.loadAtStart)}; when it ended: ${loads(machine.loadAtEnd)}

${headings.targets}

${table(
  ['target', 'measured', 'result'],
  verdicts.map((target) => [target.name, target.measured, target.pass ? 'PASS' : 'FAIL']),
)}

${headings.pages}

${result.load.connections} connections, ${'requests' in result.load ? `${result.load.requests} requests` : `${result.load.durationSeconds} s`} each after ${result.load.warmupSeconds} s of warm-up, one address after the other, and the whole list ${result.load.rounds} times over so that every address gets its share of the machine's quiet and busy moments (autocannon, in the benchmark's own process on the same machine, told not to decode the bodies it never reads), each request asking for a compressed answer as a reader's browser does (\`Accept-Encoding: ${browserAcceptEncoding}\`). The web server sends a kept page, feed or API answer from memory itself (its HTML or body, already compressed) and hands everything else to Next. Each address's figures pool its rounds; its requests/s per round show how much the machine varied. The CPU columns are the share of one core the web process (all its threads) and the load generator used while counted: a side near 100% set the pace, and the load generator is the limit wherever it is the busier one. The static page, \`/en/about\`, is prerendered and never reads the database: it is the ceiling of this server on this machine. The case page is the busiest case's (\`${result.busiestCase.slug}\`, ${result.busiestCase.updates} published updates).

${table(
  ['address', 'requests/s', 'per round', 'p50 ms', 'p95 ms', 'p99 ms', 'of static', 'non-2xx + errors', 'web server CPU', 'load generator CPU', 'result'],
  result.pages.map((page) => [
    `${page.label} \`${page.path}\``,
    count(page.requestsPerSecond),
    page.roundsRequestsPerSecond.map(count).join(' · '),
    ms(page.p50),
    ms(page.p95),
    ms(page.p99),
    ratio(page.requestsPerSecond / ceiling.requestsPerSecond),
    page.non2xx + page.errors,
    percent(page.webCpu),
    percent(page.loadGeneratorCpu),
    page === ceiling ? 'ceiling' : pageVerdict(page, ceiling) ? 'PASS' : 'FAIL',
  ]),
)}
${ceilingNote(ceiling, result.load.connections)}
${headings.publish}

An organizer signed in through the sign-in link in the local mailbox publishes a new update on \`${result.busiestCase.slug}\` with the workspace's own server action (\`createUpdate\`, as the browser sends it); meanwhile the case page and \`/feed.xml\` are fetched every ~20 ms until they show it. Times are from the moment the action was sent.

${table(
  ['sample', 'action answered (ms)', 'case page shows it (ms)', 'feed shows it (ms)'],
  result.publish.map((sample, index) => [index + 1, Math.round(sample.actionMs), Math.round(sample.pageMs), Math.round(sample.feedMs)]),
)}

Median until both show it: ${Math.round(median(result.publish.map(visibleMs)))} ms; worst: ${Math.round(Math.max(...result.publish.map(visibleMs)))} ms.

${headings.fanOut}

Followers are confirmed instant subscribers of one case, created with two set-based SQL statements. "Created in" is the whole publication (\`commitPublication\`): its transaction inserts the deliveries and queues one job per batch of 100. Then ${big.workers} fresh worker processes send them to the recording Resend server at the configured \`EMAIL_REQUESTS_PER_SECOND\` (one request per batch of 100); after a third of the batches the server refuses a few calls with 429 (\`Retry-After: 1\`), after two thirds a few with 500. The achieved rate counts batches accepted from the first provider call to the last; duplicates and losses are counted at the server, by recipient.

${table(
  ['followers', 'deliveries', 'batches', 'created in (s)', 'configured req/s', 'accepted batches', '429', '500', 'send time (s)', 'achieved req/s', 'of configured', 'emails/s', 'duplicates', 'losses', 'worker peak RSS (MB)'],
  result.fanOut.map((run) => [
    count(run.followers),
    count(run.deliveries),
    count(run.batches),
    seconds(run.createMs),
    run.configuredRequestsPerSecond,
    count(run.acceptedCalls),
    run.refused429,
    run.refused500,
    run.sendSeconds.toFixed(1),
    run.achievedRequestsPerSecond.toFixed(2),
    `${(100 * (run.achievedRequestsPerSecond / run.configuredRequestsPerSecond)).toFixed(1)}%`,
    count(run.emailsPerSecond),
    run.duplicates + run.unexpected,
    run.losses,
    run.workerPeakMb,
  ]),
)}

${headings.memory}

Peak resident memory (the kernel's high-water mark, VmHWM): the web process ${result.webPeakMb} MB over the whole run; each worker in the fan-out table above (the highest of the run's ${big.workers} workers, started fresh for each run).
`;
}

/** The rows of the first table after `heading`, as cells. */
function tableAfter(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) return [];
  const lines = markdown.slice(start + heading.length + 2).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  if (first < 0) return [];
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
  }
  return rows;
}

const numeric = (cell: string | undefined) => cell !== undefined && /^-?[\d,]+(\.\d+)?(×|%)?$/.test(cell);

/** What is wrong with a report's form (empty when it is whole): for a test that runs the smoke benchmark. */
export function reportProblems(markdown: string): string[] {
  const problems: string[] = [];
  if (!markdown.startsWith('# Benchmarks\n')) problems.push('no title');
  for (const field of ['Date', 'Command', 'Machine']) if (!new RegExp(`^- ${field}: \\S`, 'm').test(markdown)) problems.push(`no ${field.toLowerCase()}`);
  const targetRows = tableAfter(markdown, headings.targets);
  if (targetRows.length !== 6 || !targetRows.every((row) => row.length === 3 && /^(PASS|FAIL)$/.test(row[2]!))) problems.push('the targets table is not six verdicts');
  const pageRows = tableAfter(markdown, headings.pages);
  if (pageRows.length !== 5 || !pageRows.every((row) => [row[1]!, ...row.slice(3, 8)].every(numeric) && row[2]!.split(' · ').every(numeric) && row.slice(8, 10).every((cell) => /^\d+%$/.test(cell)))) problems.push('the pages table is not five measured addresses');
  const publishRows = tableAfter(markdown, headings.publish);
  if (publishRows.length === 0 || !publishRows.every((row) => row.length === 4 && row.every(numeric))) problems.push('the publish table has no measured samples');
  const fanOutRows = tableAfter(markdown, headings.fanOut);
  if (fanOutRows.length < 2 || !fanOutRows.every((row) => row.length === 15 && row.every(numeric))) problems.push('the fan-out table is not two measured runs');
  if (!/the web process \d+ MB/.test(markdown)) problems.push('no web memory');
  return problems;
}
