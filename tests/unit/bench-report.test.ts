import { describe, expect, it } from 'vitest';
import type { FanOutRun } from '../../bench/fanout';
import { percentile, type PageLoad } from '../../bench/load';
import { renderReport, reportProblems, targets, type BenchResult } from '../../bench/report';

const page = (label: string, path: string, requestsPerSecond: number, p99 = 40): PageLoad => ({
  label,
  path,
  requestsPerSecond,
  roundsRequestsPerSecond: [requestsPerSecond * 0.9, requestsPerSecond * 1.1],
  p50: 10,
  p95: 30,
  p99,
  requests: requestsPerSecond * 10,
  non2xx: 0,
  errors: 0,
  webCpu: 0.9,
  loadGeneratorCpu: 0.8,
});

const run = (followers: number, overrides: Partial<FanOutRun> = {}): FanOutRun => ({
  followers,
  deliveries: followers,
  batches: followers / 100,
  createMs: followers / 20,
  workers: 2,
  configuredRequestsPerSecond: 10,
  acceptedCalls: followers / 100,
  refused429: 10,
  refused500: 10,
  sendSeconds: followers / 980,
  achievedRequestsPerSecond: 9.8,
  emailsPerSecond: 980,
  duplicates: 0,
  losses: 0,
  unexpected: 0,
  workerPeakMb: 180,
  ...overrides,
});

const result = (changes: Partial<BenchResult> = {}): BenchResult => ({
  date: '2026-11-21T10:00:00.000Z',
  command: 'npm run bench',
  smoke: false,
  machine: { cpu: 'AMD EPYC', cores: 2, memoryGb: 24, os: 'Linux 6.1', node: '20.20.2', postgres: '18.0', loadAtStart: [1, 1, 1], loadAtEnd: [2, 1, 1], note: 'shared' },
  load: { connections: 50, warmupSeconds: 2, rounds: 2, durationSeconds: 8 },
  busiestCase: { slug: 'vadim-kuramshin', updates: 4 },
  pages: [
    page('static page', '/en/about', 1000),
    page('case page', '/en/cases/vadim-kuramshin', 900),
    page('case directory', '/en/cases', 850),
    page('site feed', '/feed.xml', 950),
    page('cases API', '/api/v1/cases', 990),
  ],
  publish: [
    { actionMs: 200, pageMs: 300, feedMs: 320 },
    { actionMs: 210, pageMs: 290, feedMs: 310 },
  ],
  fanOut: [run(10_000), run(100_000, { workerPeakMb: 190 })],
  webPeakMb: 400,
  ...changes,
});

const verdicts = (bench: BenchResult) => targets(bench).map((target) => target.pass);

describe('the benchmark report', () => {
  it('passes every target when every measure is within it, and is well formed', () => {
    expect(verdicts(result())).toEqual([true, true, true, true, true, true]);
    expect(reportProblems(renderReport(result()))).toEqual([]);
  });

  it('fails a page below 0.8× the static page, or with a p99 of 100 ms or more', () => {
    const slow = result();
    slow.pages[3] = page('site feed', '/feed.xml', 700);
    expect(verdicts(slow)[0]).toBe(false);
    const late = result();
    late.pages[1] = page('case page', '/en/cases/vadim-kuramshin', 950, 100);
    expect(verdicts(late)[0]).toBe(false);
  });

  it('fails publication seen after more than a second, slow fan-out, slow sending, duplicates, losses and growing workers', () => {
    expect(verdicts(result({ publish: [{ actionMs: 900, pageMs: 800, feedMs: 1_200 }] }))[1]).toBe(false);
    expect(verdicts(result({ fanOut: [run(10_000), run(100_000, { createMs: 12_000 })] }))[2]).toBe(false);
    expect(verdicts(result({ fanOut: [run(10_000), run(100_000, { achievedRequestsPerSecond: 9.4 })] }))[3]).toBe(false);
    expect(verdicts(result({ fanOut: [run(10_000, { duplicates: 1 }), run(100_000)] }))[4]).toBe(false);
    expect(verdicts(result({ fanOut: [run(10_000), run(100_000, { losses: 3 })] }))[4]).toBe(false);
    expect(verdicts(result({ fanOut: [run(10_000), run(100_000, { workerPeakMb: 400 })] }))[5]).toBe(false);
  });

  it('names what is missing from a cut or unmeasured report', () => {
    const markdown = renderReport(result());
    expect(reportProblems(markdown.slice(0, markdown.indexOf('## Fan-out')))).toEqual(
      expect.arrayContaining(['the fan-out table is not two measured runs', 'no web memory']),
    );
    const unmeasured = result();
    unmeasured.pages[2] = page('case directory', '/en/cases', Number.NaN);
    expect(reportProblems(renderReport(unmeasured))).toEqual(['the pages table is not five measured addresses']);
    const withoutCpu = result();
    withoutCpu.pages[1] = { ...page('case page', '/en/cases/vadim-kuramshin', 900), webCpu: Number.NaN };
    expect(reportProblems(renderReport(withoutCpu))).toEqual(['the pages table is not five measured addresses']);
  });
});

describe('percentiles', () => {
  it('take the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect([percentile(values, 0.5), percentile(values, 0.95), percentile(values, 0.99)]).toEqual([50, 95, 99]);
    expect(percentile([7], 0.99)).toBe(7);
  });
});
