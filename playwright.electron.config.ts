import { defineConfig } from '@playwright/test'

// The desktop app in real Electron (`npm run e2e:electron`). The tests skip, saying why, when the Electron
// binary is not installed (it is downloaded from GitHub on first launch). Not part of `npx playwright test`,
// whose testDir is tests/e2e.
export default defineConfig({
  testDir: 'tests/e2e-electron',
  timeout: 90_000,
  fullyParallel: false,
  workers: 1,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.playwright-electron-report.json' }]] : [['list']],
  globalSetup: './tests/e2e-electron/global-setup.ts'
})
