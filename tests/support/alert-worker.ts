import { spawn, type ChildProcess } from 'node:child_process';
import type { Db } from '../../lib/prisma-client';
import { workerCommand } from '../../scripts/lib/worker-command';
import type { RecordedEmail } from './resend-server';
import { projectRoot } from './routes';

/** Alert worker processes as `npm start` runs them, each with its output kept for the report of a failed test. */
export function workerProcesses(settings: { databaseUrl: string; resendUrl: string; env?: Record<string, string> }) {
  const started: { process: ChildProcess; output: string[] }[] = [];
  return {
    start(): ChildProcess {
      const child = spawn(workerCommand.command, workerCommand.args, {
        cwd: projectRoot,
        env: {
          ...process.env,
          DATABASE_URL: settings.databaseUrl,
          RESEND_API_KEY: 're_test_key',
          RESEND_BASE_URL: settings.resendUrl,
          WORKER_STALE_AFTER_SECONDS: '3',
          ...settings.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const output: string[] = [];
      child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      started.push({ process: child, output });
      return child;
    },
    /** What the workers printed, the last lines of each. */
    output: () => started.map(({ process, output }, index) => `--- worker ${index + 1} (pid ${process.pid}, exit ${process.exitCode})\n${output.join('').split('\n').slice(-60).join('\n')}`).join('\n'),
    killAll() {
      for (const { process } of started) process.kill('SIGKILL');
    },
  };
}

export async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs: number, explain = () => '') {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out\n${explain()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * `count` confirmed followers of Vadim Kuramshin's case (seeded), and a new update on it published through the
 * one publication path, which queues its alert. Imports the publication code, so DATABASE_URL must name `db`'s
 * database first. Returns the update's id.
 */
export async function publishToFollowers(db: Db, count: number): Promise<string> {
  const { commitPublication } = await import('../../lib/updates/publish');
  const kuramshin = await db.case.findUniqueOrThrow({ where: { slug: 'vadim-kuramshin' }, select: { id: true } });
  await db.subscriber.createMany({
    data: Array.from({ length: count }, (_, index) => ({ email: `follower-${index}@example.org`, locale: 'fr', state: 'CONFIRMED' as const, confirmedAt: new Date() })),
  });
  await db.$executeRaw`INSERT INTO "SubscriberCase" ("subscriberId", "caseId") SELECT id, ${kuramshin.id} FROM "Subscriber" WHERE email LIKE 'follower-%'`;
  const update = await db.update.create({
    data: { caseId: kuramshin.id, title: 'Nouvelle', body: 'Texte.', occurredOn: new Date('2026-11-01'), occurredOnPrecision: 'DAY', state: 'DRAFT' },
  });
  await commitPublication(null, async (tx) => {
    await tx.update.update({ where: { id: update.id }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
    return { published: [{ id: update.id, caseId: kuramshin.id }], withdrawn: [] };
  });
  return update.id;
}

/** How many emails each address received. */
export function emailsPerRecipient(sent: RecordedEmail[]): Map<string, number> {
  const perAddress = new Map<string, number>();
  for (const email of sent) perAddress.set(email.to, (perAddress.get(email.to) ?? 0) + 1);
  return perAddress;
}

/** The states of the update's alert deliveries, with how many are in each. */
export async function deliveryStates(db: Db, updateId: string): Promise<Record<string, number>> {
  const groups = await db.delivery.groupBy({ by: ['state'], where: { alert: { updateId } }, _count: true });
  return Object.fromEntries(groups.map((group) => [group.state, group._count]));
}
