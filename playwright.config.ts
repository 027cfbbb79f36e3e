import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium';

const PORT = 4400;
/** The fixture site, built under a base path, for redirects and base-path tests. */
const FIXTURE_PORT = 4401;
const FIXTURE_OUT = 'node_modules/.cache/fixture-basic';
/** Pages that try to run script, built despite their errors to prove they cannot. */
const HOSTILE_PORT = 4404;
const HOSTILE_OUT = 'node_modules/.cache/fixture-hostile';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  // One retry, so that the report says which tests are flaky; a test that passes only on its retry
  // still fails the run (failOnFlakyTests): it is a bug to fix, not a pass.
  retries: 1,
  failOnFlakyTests: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      // The bundled site as built in dist/: `npm test` builds it first.
      command: `node_modules/.bin/tsx scripts/serve.ts --port ${PORT}`,
      url: `http://localhost:${PORT}/docs/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command:
        `CONTENT_DIR=tests/fixtures/basic BASE_PATH=/docs-site/ OUT_DIR=${FIXTURE_OUT} node_modules/.bin/astro build` +
        ` && node_modules/.bin/tsx scripts/serve.ts --port ${FIXTURE_PORT} --dir ${FIXTURE_OUT} --base /docs-site/`,
      url: `http://localhost:${FIXTURE_PORT}/docs-site/docs/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command:
        `CONTENT_DIR=tests/fixtures/hostile CONTENT_ERRORS=warn OUT_DIR=${HOSTILE_OUT} node_modules/.bin/astro build` +
        ` && node_modules/.bin/tsx scripts/serve.ts --port ${HOSTILE_PORT} --dir ${HOSTILE_OUT}`,
      url: `http://localhost:${HOSTILE_PORT}/docs/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
