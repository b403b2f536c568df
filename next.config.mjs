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
};

export default withNextIntl(nextConfig);
