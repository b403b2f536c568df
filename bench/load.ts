import autocannon from 'autocannon';
import type { LoadSettings } from './settings';

export type PageLoad = {
  label: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  /** Answers other than 2xx, and connection errors or timeouts: a page that errors is not fast. */
  non2xx: number;
  errors: number;
};

/** The value under which `fraction` of the sorted values fall (nearest rank). */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

/**
 * Loads one address with `connections` concurrent keep-alive connections for the configured duration or number
 * of requests (after a warm-up that is not counted) and keeps every response time, since autocannon's summary has no 95th percentile.
 */
export async function measurePage(baseUrl: string, label: string, path: string, settings: LoadSettings): Promise<PageLoad> {
  const options = { url: `${baseUrl}${path}`, connections: settings.connections };
  // A route's first request loads its code; that is not what is measured.
  for (let i = 0; i < 3; i++) {
    const response = await fetch(options.url);
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    await response.arrayBuffer();
  }
  if (settings.warmupSeconds > 0) await autocannon({ ...options, duration: settings.warmupSeconds });
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const length = 'requests' in settings ? { amount: settings.requests } : { duration: settings.durationSeconds };
    const run = autocannon({ ...options, ...length }, (error, finished) => (error ? reject(error) : resolve(finished)));
    run.on('response', (_client, _statusCode, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    label,
    path,
    requestsPerSecond: result.requests.total / result.duration,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
