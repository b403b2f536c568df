import path from 'node:path';
import { projectRoot } from './migrations';

/**
 * How the production web server is started (by `npm start`, the end-to-end tests and the benchmark): Node itself
 * running scripts/web-server.mjs, Next's handler behind the server that answers kept public pages first.
 */
export function webServerCommand(port: number, hostname?: string) {
  return {
    command: process.execPath,
    args: [path.join(projectRoot, 'scripts/web-server.mjs'), '--port', String(port), ...(hostname ? ['--hostname', hostname] : [])],
  };
}
