import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests drive Debian's Chromium (never a downloaded browser) against the real built app:
 * the API process serving the built dashboard, on a throwaway embedded database.
 */
const port = Number(process.env['E2E_PORT'] ?? 3310);
process.env['ASKWELL_E2E_DATA'] ??= fs.mkdtempSync(path.join(os.tmpdir(), 'askwell-e2e-'));
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['../../tools/playwright-summary-reporter.cjs']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'node ../api/dist/main.js',
    url: `http://127.0.0.1:${port}/api/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      ASKWELL_DATA_DIR: process.env['ASKWELL_E2E_DATA'],
      ASKWELL_DEMO: 'on',
      ASKWELL_DEMO_PASSWORD: 'demo-password-for-e2e',
      LOG_LEVEL: 'warn',
      DASHBOARD_DIR: path.resolve(import.meta.dirname, 'dist'),
    },
  },
});
