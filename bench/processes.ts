import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { projectRoot } from '../scripts/lib/migrations';

export type Child = { process: ChildProcess; name: string; output: () => string };

/** Starts a child process in the project folder, keeping the tail of its output for when it fails. */
export function startChild(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(command, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-8_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return { process: child, name, output: () => output };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `url` answers 200, or fails with the child's last words if it exits or takes too long. */
export async function waitUntilServing(child: Child, url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) throw new Error(`${child.name} exited (${child.process.exitCode}):\n${child.output()}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs / 1000} s:\n${child.output()}`);
}

/** Stops a child with SIGTERM (SIGKILL after 10 s) and waits until it is gone. */
export async function stopChild(child: Child) {
  const { process: running } = child;
  if (running.exitCode !== null || running.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
  running.kill('SIGTERM');
  const timer = setTimeout(() => running.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** The most memory a process has held so far (the kernel's high-water mark of its resident set), in MB. */
export function peakResidentMb(child: Child): number {
  const status = readFileSync(`/proc/${child.process.pid}/status`, 'utf8');
  const kilobytes = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
  if (!Number.isFinite(kilobytes)) throw new Error(`no VmHWM for ${child.name}`);
  return Math.round(kilobytes / 1024);
}

/** CPU time a process has used so far, all its threads together, in seconds (from the scheduler's own nanosecond count). */
export function cpuSeconds(child: Child): number {
  const tasks = `/proc/${child.process.pid}/task`;
  let nanoseconds = 0;
  for (const thread of readdirSync(tasks)) {
    try {
      nanoseconds += Number(readFileSync(`${tasks}/${thread}/schedstat`, 'utf8').split(' ')[0]);
    } catch (error) {
      // A thread that ended between the listing and the reading.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  }
  return nanoseconds / 1e9;
}
