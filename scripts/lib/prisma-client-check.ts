import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './migrations';

/** `npm install` generates the Prisma client; this covers installs that skipped scripts. */
export function ensurePrismaClient(log: (line: string) => void) {
  if (existsSync(path.join(projectRoot, 'lib/generated/prisma/client.ts'))) return;
  log('generating the Prisma client…');
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/prisma-generate.mjs')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('prisma generate failed (see above)');
}
