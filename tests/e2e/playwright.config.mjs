// End-to-end tests against the release build in dist/, served on 127.0.0.1 under
// a sub-path by serve.mjs, in Debian's Chromium.
import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4817);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/tools/dsv/`,
    browserName: 'chromium',
    launchOptions: chromiumLaunch,
    locale: 'en-GB',
    trace: 'off',
  },
  webServer: {
    command: `node serve.mjs ${port}`,
    url: `http://127.0.0.1:${port}/tools/dsv/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
