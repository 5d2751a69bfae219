import { defineConfig, devices } from '@playwright/test';

/** Chromium flags that keep Debian's Chromium from hanging on this closed network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // WebGL through SwiftShader without a GPU (the 3D viewer), without the deprecation warning.
  '--enable-unsafe-swiftshader',
];

const PORT = 3210;
/** The real atlas, exported to e2e-site-out/, for the journeys that need all of it (e2e/site/). */
const SITE_PORT = 3211;
const chromium = { ...devices['Desktop Chrome'], launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS } };
const serve = (folder: string, port: number) => ({
  command: `npx serve ${folder} --listen tcp://127.0.0.1:${port} --no-clipboard --no-port-switching`,
  url: `http://127.0.0.1:${port}/muscle/`,
  reuseExistingServer: false,
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'off',
  },
  projects: [
    {
      // The fixture atlas exported by scripts/e2e.mjs.
      name: 'chromium',
      testIgnore: 'site/**',
      use: { ...chromium, baseURL: `http://127.0.0.1:${PORT}` },
    },
    {
      name: 'site',
      testDir: 'e2e/site',
      use: { ...chromium, baseURL: `http://127.0.0.1:${SITE_PORT}` },
    },
  ],
  // Both exports, served by the same static server as the real site.
  webServer: [serve('e2e-out', PORT), serve('e2e-site-out', SITE_PORT)],
});
