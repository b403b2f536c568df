import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/migrations';

/** Runs `npm start`'s script and returns what it printed; these runs all stop before building or serving. */
function start(env: Record<string, string>) {
  const result = spawnSync(path.join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr, output: result.stdout + result.stderr };
}

describe('start-up problems are explained in one line', () => {
  it('a DATABASE_URL where nothing listens', () => {
    const { code, stderr } = start({ DATABASE_URL: 'postgresql://app:secret@127.0.0.1:1/tracker', PORT: '39871' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot use DATABASE_URL \(127\.0\.0\.1:1\/tracker\): nothing is listening at 127\.0\.0\.1:1/);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a DATABASE_URL that is not a URL', () => {
    const { code, stderr } = start({ DATABASE_URL: 'not a url', PORT: '39872' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/DATABASE_URL is not a valid URL/);
  });

  it('a port in use', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const { code, stderr } = start({ PORT: String(port), DATABASE_URL: 'postgresql://x@127.0.0.1:1/x' });
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`Port ${port} is already in use.*PORT=${port + 1} npm start`));
    } finally {
      server.close();
    }
  });

  it('a PORT that is not a port', () => {
    const { code, stderr } = start({ PORT: 'eighty' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/PORT must be a number from 1 to 65535, not "eighty"/);
  });
});

describe('the embedded database folder', () => {
  // Only root can hand a folder to another user; CI and these machines run as root.
  it.runIf(process.getuid?.() === 0)('owned by someone else stops start-up with the fix to apply', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, chownSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { startEmbeddedPostgres } = await import('../../scripts/lib/embedded-postgres');
    const dir = mkdtempSync(path.join(tmpdir(), 'foreign-data-'));
    const pgdata = path.join(dir, 'pgdata');
    mkdirSync(pgdata);
    writeFileSync(path.join(pgdata, 'PG_VERSION'), '18\n');
    chownSync(pgdata, 65534, 65534);
    try {
      await expect(startEmbeddedPostgres({ dir, database: 'x' })).rejects.toThrow(
        /The database folder .*pgdata belongs to user "nobody", but PostgreSQL must run as "postgres".*chown -R postgres/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
