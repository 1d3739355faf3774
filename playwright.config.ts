import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium, never a downloaded browser; flags keep it off the (closed) network.
const chromium = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

// PW_PORT lets two test runs share a machine without sharing (and killing) one server.
const port = Number(process.env['PW_PORT'] ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  // On CI one retry: this 2-core machine's speed swings by up to 2×, and a test that fails and then passes is listed as
  // flaky in the report (read it), not hidden. A test that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // Generous: CI machines have 2 cores and the suite runs two browsers at once.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'en-GB',
    timezoneId: 'Europe/Vienna',
    launchOptions: chromium,
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromium, viewport: { width: 1440, height: 900 } } }],
  webServer: {
    command: `npx vite build --outDir dist-e2e-${port} --emptyOutDir && npx vite preview --outDir dist-e2e-${port} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
