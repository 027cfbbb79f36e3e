import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium';

const PORT = 4400;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    // The tests run against the built site: `npm test` builds it first.
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://localhost:${PORT}/docs/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
