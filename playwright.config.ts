import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (this machine cannot download one).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Defaults match `npm run test:e2e` (vite build → dist/, preview on 4173). E2E_PORT / E2E_OUT_DIR let
// several people test their own build side by side in one working tree without clobbering dist/.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
const baseURL = `http://127.0.0.1:${port}/`;
// Vite refuses a second preview of one project unless told the other one is deliberate.
const bypassLock = outDir !== 'dist' ? ' --bypass-lock' : '';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'on-first-retry',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${outDir}${bypassLock}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
