import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { servedOverHttps } from '../../lib/security/policies.mjs';
import { projectRoot } from './migrations';

const buildInputs = ['app', 'lib', 'messages', 'public', 'global.d.ts', 'next.config.mjs', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json', 'proxy.ts', 'instrumentation.ts'];
const ignored = new Set(['generated', 'node_modules']);
const stampFile = path.join(projectRoot, '.next', 'source-hash');

/** The sources, and what next.config.mjs reads from the environment at build time. */
function hashInputs(env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256');
  hash.update(`https:${servedOverHttps(env)}\u0000`);
  const visit = (relative: string) => {
    const absolute = path.join(projectRoot, relative);
    if (!existsSync(absolute)) return;
    if (statSync(absolute).isDirectory()) {
      for (const entry of readdirSync(absolute).sort()) if (!ignored.has(entry)) visit(path.join(relative, entry));
      return;
    }
    hash.update(relative).update('\u0000').update(readFileSync(absolute));
  };
  buildInputs.forEach(visit);
  return hash.digest('hex');
}

/** Runs `next build` when there is no build yet or the sources changed since the last one. */
export function buildIfNeeded(env: NodeJS.ProcessEnv, log: (line: string) => void) {
  const current = hashInputs(env);
  const hasBuild = existsSync(path.join(projectRoot, '.next', 'BUILD_ID'));
  if (hasBuild && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === current) return;
  log(hasBuild ? 'sources changed since the last build: building again…' : 'building the app (first start only)…');
  const result = spawnSync(path.join(projectRoot, 'node_modules/.bin/next'), ['build'], { cwd: projectRoot, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('next build failed (see above)');
  writeFileSync(stampFile, current);
}
