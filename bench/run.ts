import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exitWithError } from '../scripts/lib/fatal';
import { addFollowers, fanOut, type FanOutRun } from './fanout';
import { measurePages } from './load';
import { cpuSeconds, peakResidentMb } from './processes';
import { publishAndWatch, serverActionId, signInAsOrganizer, type PublishSample } from './publish';
import { renderReport, targets, type BenchResult } from './report';
import { readSettings } from './settings';
import { organizerEmail, startStack } from './stack';

/**
 * `npm run bench`: public pages under load beside a static page, publish → visible, and the alert fan-out and
 * sending at 10k and 100k followers, on a throw-away stack; writes docs/BENCHMARKS.md (or --report <file>).
 * `--smoke` runs the same in seconds with tiny numbers (the test suite runs it so the script cannot rot).
 */
const startedAt = Date.now();
const log = (line: string) => console.log(`[bench ${((Date.now() - startedAt) / 1000).toFixed(1)} s] ${line}`);

async function main() {
  const settings = readSettings();
  const loadAtStart = os.loadavg();
  const stack = await startStack(settings, log);
  const stopOnSignal = () => void stack.stop().then(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    // The app's modules (the publication path) read the benchmark's database.
    process.env.DATABASE_URL = stack.databaseUrl;
    const { rows } = await stack.sql.query<{ id: string; slug: string; updates: number }>(
      `SELECT c.id, c.slug, count(*)::int AS updates FROM "Case" c JOIN "Update" u ON u."caseId" = c.id
       WHERE u.state = 'PUBLISHED' GROUP BY c.id ORDER BY updates DESC, c.slug LIMIT 1`,
    );
    const busiest = rows[0]!;

    const addresses = [
      ['static page', '/en/about'],
      ['case page', `/en/cases/${busiest.slug}`],
      ['case directory', '/en/cases'],
      ['site feed', '/feed.xml'],
      ['cases API', '/api/v1/cases'],
    ] as const;
    const pages = await measurePages(stack.webUrl, addresses, settings.load, () => cpuSeconds(stack.web), log);
    for (const page of pages) log(`${page.path}: ${Math.round(page.requestsPerSecond)} requests/s, p99 ${page.p99.toFixed(1)} ms`);

    const publisher = {
      baseUrl: stack.webUrl,
      cookies: await signInAsOrganizer(stack.webUrl, organizerEmail),
      actionId: serverActionId('lib/updates/actions.ts', 'createUpdate'),
      caseId: busiest.id,
      caseSlug: busiest.slug,
    };
    const publish: PublishSample[] = [];
    for (let sample = 1; sample <= settings.publishSamples; sample++) {
      const measured = await publishAndWatch(publisher, `Benchmark publication ${sample} ${Date.now().toString(36)}`);
      log(`publish → visible ${sample}: page ${Math.round(measured.pageMs)} ms, feed ${Math.round(measured.feedMs)} ms`);
      publish.push(measured);
    }

    const fanOutRuns: FanOutRun[] = [];
    let followers = 0;
    for (const target of settings.followerCounts) {
      log(`adding followers of ${busiest.slug}: ${followers + 1} to ${target}`);
      await addFollowers(stack.sql, busiest.id, followers + 1, target);
      followers = target;
      const run = await fanOut(stack, settings, busiest.id, followers, log);
      log(`sent at ${run.achievedRequestsPerSecond.toFixed(2)} requests/s; ${run.duplicates} duplicates, ${run.losses} losses; worker peak ${run.workerPeakMb} MB`);
      fanOutRuns.push(run);
    }

    const result: BenchResult = {
      date: new Date().toISOString(),
      command: settings.command,
      smoke: settings.smoke,
      machine: {
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
        cores: os.availableParallelism(),
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        os: `${os.type()} ${os.release()}`,
        node: process.versions.node,
        postgres: stack.postgresVersion,
        loadAtStart,
        loadAtEnd: os.loadavg(),
        note: settings.machineNote,
      },
      load: settings.load,
      busiestCase: { slug: busiest.slug, updates: busiest.updates },
      pages,
      publish,
      fanOut: fanOutRuns,
      webPeakMb: peakResidentMb(stack.web),
    };
    mkdirSync(path.dirname(settings.reportPath), { recursive: true });
    writeFileSync(settings.reportPath, renderReport(result));
    for (const target of targets(result)) log(`${target.pass ? 'PASS' : 'FAIL'} ${target.name}: ${target.measured}`);
    log(`report written to ${path.relative(process.cwd(), settings.reportPath)}`);
  } finally {
    const { db } = await import('../lib/db');
    await db.$disconnect();
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => exitWithError(error),
);
