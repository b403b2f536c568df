import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';
import { locales } from './lib/i18n/locales.mjs';
import { publicAddressHeaders, servedOverHttps } from './lib/security/policies.mjs';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');
// Read when the app is built: a change of NEXTAUTH_URL's protocol builds again (scripts/lib/build.ts).
const https = servedOverHttps(process.env);

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Rendered public pages live in memory, bounded, and are revalidated across processes (see the handler).
  cacheHandler: fileURLToPath(new URL('./lib/cache/page-cache-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  // The public pages, feeds and API are read without proxy.ts (see its matcher), so their headers are set here.
  headers: async () => publicAddressHeaders({ locales, https, development: process.env.NODE_ENV === 'development' }),
  // The case directory with something to filter or search by is rendered per request at /<locale>/cases/_filtered,
  // so the plain directory stays cached. A rewrite here stays inside the process (proxy.ts's would go out to
  // Next's own address over HTTP and back).
  rewrites: async () => ({
    beforeFiles: ['q', 'status', 'campaign', 'deprived'].map((key) => ({
      source: `/:locale(${locales.join('|')})/cases`,
      has: [{ type: 'query', key }],
      destination: '/:locale/cases/_filtered',
    })),
  }),
  experimental: {
    // The largest input the schemas accept is a statement's review (lib/import/accept.schema.ts): about 2.2 million
    // characters, 8.8 MB at 4 bytes each. Next's 1 MB default refuses a 500,000-character source body. It stays
    // under the 10 MB that proxy.ts reads of a body (experimental.proxyClientMaxBodySize), beyond which it is cut.
    serverActions: { bodySizeLimit: '9mb' },
  },
};

export default withNextIntl(nextConfig);
