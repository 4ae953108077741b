import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  // A failure also prints the page as it was: the CI clone, and with it target/e2e-results, is deleted after the run.
  reporter: [['list'], ['./e2e/failure-snapshot-reporter.ts']],
  workers: 1,
  retries: 0,
  timeout: 120_000,
  // The platform's seven JVMs share two cores with the browser: a first render can take longer than
  // Playwright's default 5 s while class-data archives are being recorded after a first start.
  expect: { timeout: 15_000 },
  outputDir: 'target/e2e-results',
  use: {
    baseURL: process.env.AVIARY_CONSOLE_URL ?? 'http://localhost:8080',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    // The console then switches antd's animations off (MotionPreference): a click on a dialog's button
    // while it still zooms in presses down on the button and lets go over the backdrop, and nothing happens.
    reducedMotion: 'reduce',
    // The machine's Debian chromium; Playwright never downloads a browser here.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
