// The production web server (`npm start`, the end-to-end tests, the benchmark): Next's request handler behind a
// plain Node HTTP server that first answers kept public pages, feeds and API answers itself
// (lib/cache/kept-answers.mjs). Usage: node scripts/web-server.mjs --port <port> [--hostname <address>]
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string' }, hostname: { type: 'string' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
// Before React is loaded: Next and React pick their production builds by it.
process.env.NODE_ENV = 'production';

const { default: next } = await import('next');
const { createKeptAnswers } = await import('../lib/cache/kept-answers.mjs');
const { pageStore } = await import('../lib/cache/page-cache-handler.mjs');
const { locales } = await import('../lib/i18n/locales.mjs');
const { contentSecurityPolicy, servedOverHttps } = await import('../lib/security/policies.mjs');
const { holdForScriptHashes } = await import('../lib/security/inline-script-hashes.mjs');
const { clientAddress, isLocalVisitor, localVisitorHeader } = await import('../lib/security/client-address.mjs');
const { logError } = await import('../lib/safe-log.mjs');

const app = next({ dev: false, dir: fileURLToPath(new URL('..', import.meta.url)), hostname: hostname ?? 'localhost', port });
await app.prepare();
const handleWithNext = app.getRequestHandler();
// After prepare(): Next has read the project's .env files, which the page store's settings may come from.
const https = servedOverHttps(process.env);
const keptAnswer = createKeptAnswers({ store: pageStore(), locales, https });
// The policy Next's answers of cached pages carry (next.config.mjs, proxy.ts); sent with their script hashes instead.
const cachedPagePolicy = contentSecurityPolicy('cached', { https });
// Checked, with every other setting, by lib/env.ts when the app starts.
const proxyHops = Number(process.env.TRUSTED_PROXY_HOPS || 0);

const server = http.createServer((request, response) => {
  const kept = keptAnswer(request);
  if (kept) {
    response.writeHead(kept.status, kept.headers);
    response.end(kept.body);
    return;
  }
  const socketAddress = request.socket.remoteAddress;
  if (isLocalVisitor({ headers: request.headers, socketAddress, trustedProxyHops: proxyHops })) request.headers[localVisitorHeader] = '1';
  else delete request.headers[localVisitorHeader];
  request.headers['x-forwarded-for'] = clientAddress({ forwardedFor: request.headers['x-forwarded-for'], socketAddress, trustedProxyHops: proxyHops });
  delete request.headers['x-real-ip'];
  if (request.method === 'GET') holdForScriptHashes(response, cachedPagePolicy);
  handleWithNext(request, response).catch((/** @type {unknown} */ error) => {
    logError('web server: a request failed', error);
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Internal server error.\n');
  });
});

// A reverse proxy or load balancer keeps idle connections open for up to a minute: the server keeps them longer,
// so that it never closes one just as the proxy sends a request on it (which the proxy reports as a reset).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => console.log(`web server: listening on http://${hostname ?? 'localhost'}:${port}`));
const stop = () => {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
