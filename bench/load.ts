import autocannon from 'autocannon';
import type { LoadSettings } from './settings';

export type PageLoad = {
  label: string;
  path: string;
  requestsPerSecond: number;
  /** Each round's own, in order: how much the machine varied. */
  roundsRequestsPerSecond: number[];
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  /** Answers other than 2xx, and connection errors or timeouts: a page that errors is not fast. */
  non2xx: number;
  errors: number;
  /** Share of one core each side used while counted: which of them set the pace. */
  webCpu: number;
  loadGeneratorCpu: number;
};

/** The value under which `fraction` of the sorted values fall (nearest rank). */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

type Round = { latencies: number[]; requests: number; seconds: number; non2xx: number; errors: number; webCpuSeconds: number; loadGeneratorCpuSeconds: number };

/** CPU time used so far, in seconds: the web process's, as the benchmark reads it. */
export type CpuClock = () => number;

const ownCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/**
 * autocannon turns every response body into a string (mcollina/autocannon#485): a compressed page, binary, is then
 * decoded as UTF-8, which costs the load generator more than the web server spends sending it, so a larger page
 * measured the generator rather than the server. The benchmark reads no body; each connection skips that step.
 */
function skipResponseBodies(client: autocannon.Client) {
  const queue = (client as unknown as { pipelinedRequests?: { addBody?: unknown } }).pipelinedRequests;
  if (typeof queue?.addBody !== 'function') throw new Error('autocannon changed: its connections no longer collect bodies through pipelinedRequests.addBody');
  queue.addBody = () => {};
}

/** What a browser says it accepts: public pages are asked for compressed, as readers' browsers ask for them. */
export const browserAcceptEncoding = 'gzip, deflate, br, zstd';

/** One address under `connections` keep-alive connections, after a warm-up that is not counted; every response time kept (autocannon's summary has no 95th percentile). */
async function loadRound(url: string, settings: LoadSettings, webCpuSeconds: CpuClock): Promise<Round> {
  const options = { url, connections: settings.connections, headers: { 'accept-encoding': browserAcceptEncoding }, setupClient: skipResponseBodies };
  if (settings.warmupSeconds > 0) await autocannon({ ...options, duration: settings.warmupSeconds });
  const latencies: number[] = [];
  const webAtStart = webCpuSeconds();
  const ownAtStart = ownCpuSeconds();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const length = 'requests' in settings ? { amount: settings.requests } : { duration: settings.durationSeconds };
    const run = autocannon({ ...options, ...length }, (error, finished) => (error ? reject(error) : resolve(finished)));
    run.on('response', (_client, _statusCode, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    latencies,
    requests: result.requests.total,
    seconds: result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
    webCpuSeconds: webCpuSeconds() - webAtStart,
    loadGeneratorCpuSeconds: ownCpuSeconds() - ownAtStart,
  };
}

function summarize(label: string, path: string, rounds: Round[]): PageLoad {
  const latencies = rounds.flatMap((round) => round.latencies).sort((a, b) => a - b);
  const requests = rounds.reduce((sum, round) => sum + round.requests, 0);
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  return {
    label,
    path,
    requestsPerSecond: requests / seconds,
    roundsRequestsPerSecond: rounds.map((round) => round.requests / round.seconds),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    requests,
    non2xx: rounds.reduce((sum, round) => sum + round.non2xx, 0),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    webCpu: rounds.reduce((sum, round) => sum + round.webCpuSeconds, 0) / seconds,
    loadGeneratorCpu: rounds.reduce((sum, round) => sum + round.loadGeneratorCpuSeconds, 0) / seconds,
  };
}

/**
 * Loads each address in turn, and the whole list again for each round: on a machine whose other jobs come and go,
 * every address then shares the quiet and the busy moments instead of one address getting a busy spell alone.
 * Each address's figures pool its rounds.
 */
export async function measurePages(baseUrl: string, addresses: readonly (readonly [label: string, path: string])[], settings: LoadSettings, webCpuSeconds: CpuClock, log: (line: string) => void): Promise<PageLoad[]> {
  // A route's first request loads its code; that is not what is measured.
  for (const [, path] of addresses) {
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${baseUrl}${path}`);
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      await response.arrayBuffer();
    }
  }
  const rounds = addresses.map((): Round[] => []);
  for (let round = 1; round <= settings.rounds; round++) {
    for (const [index, [, path]] of addresses.entries()) {
      const measured = await loadRound(`${baseUrl}${path}`, settings, webCpuSeconds);
      rounds[index]!.push(measured);
      log(`round ${round}, ${path}: ${Math.round(measured.requests / measured.seconds)} requests/s`);
    }
  }
  return addresses.map(([label, path], index) => summarize(label, path, rounds[index]!));
}
