import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { webServerCommand } from './scripts/lib/web-server-command';
import { workerCommand } from './scripts/lib/worker-command';

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
// Debian's chromium when present (these machines cannot download Playwright's own browser).
const systemChromium = '/usr/bin/chromium';
const webServer = webServerCommand(port, '127.0.0.1');
const workerHealthPort = Number(process.env.E2E_WORKER_PORT ?? port + 1);

const appEnv = {
  DATABASE_URL: process.env.DATABASE_URL ?? '',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXTAUTH_URL: baseURL,
  NEXTAUTH_SECRET: 'end-to-end-tests-only-secret-0123456789abcdef',
  ADMIN_EMAILS: 'admin@example.org,admin-once@example.org',
  LOCAL_MAILBOX: 'open',
  // Every browser of the suite signs in from 127.0.0.1.
  SIGN_IN_LIMIT_PER_IP: '1000',
  // Forms are filled faster than a person could; the check itself has database tests.
  HUMAN_CHECK: 'off',
  // Tests that write the record straight into the database tell the app's page cache as another process would.
  CACHE_INVALIDATION: 'postgres',
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    locale: 'en-GB',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: existsSync(systemChromium) ? systemChromium : undefined,
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        },
      },
    },
  ],
  webServer: [
    {
      command: [webServer.command, ...webServer.args].join(' '),
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: appEnv,
    },
    {
      // The alert worker, sending to the local mailbox as the web app does.
      command: [workerCommand.command, ...workerCommand.args].join(' '),
      url: `http://127.0.0.1:${workerHealthPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...appEnv, WORKER_HEALTH_PORT: String(workerHealthPort) },
    },
  ],
});
