import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutablePath } from './tests/e2e/harness/chromium'

const executablePath = chromiumExecutablePath()

export default defineConfig({
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: './tests/e2e/harness/global-setup.ts',
  use: {
    browserName: 'chromium',
    viewport: { width: 1080, height: 1920 },
    hasTouch: true,
    locale: 'en-CA',
    timezoneId: 'America/Toronto',
    trace: 'on-first-retry',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [
    { name: 'e2e', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
    // `npm run bench` only: `npm run test:e2e` names the two projects above.
    { name: 'bench', testDir: 'bench', testMatch: '*.bench.ts' },
  ],
})
