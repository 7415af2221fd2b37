import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4399);
// The copy built under a sub-path (npm run build:base) is served on a second port.
const BASE_PORT = Number(process.env.E2E_BASE_PORT ?? PORT + 1000);
const BASE_PATH = '/annotated-edition/';
// The sub-path build's spec runs only in its own project.
const BASE_PATH_SPEC = /base-path\.spec\.ts/;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Debian's Chromium, with its calls home switched off: the machines have no
// internet, and a test must see only the requests the page itself makes.
const launchOptions = {
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
    // A failed test keeps its trace (actions, console, network) and a screenshot, beside the page's
    // error-context.md; the trace takes no DOM snapshot or screencast at every action, which cost a
    // third of the suite's time whether a test failed or not.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
    // Smooth scrolling would leave a jump half-way when the test checks it.
    contextOptions: { reducedMotion: 'reduce' },
  },
  // Each project schedules only the tests that apply to it, by tag (ARCHITECTURE.md,
  // "tests/ and e2e/"), so nothing is skipped at run time:
  //   @desktop  desktop only: what width and scripting do not change (data files, the keyboard walk);
  //   @js       desktop and phone: what needs JavaScript;
  //   @no-js    no-javascript only: what a reader without JavaScript sees instead.
  //   @wide     desktop and no-javascript: what only a wide screen shows (the margin notes).
  projects: [
    // Listed first, so that its long crawl starts at once instead of running alone at the end.
    {
      name: 'base-path',
      testMatch: BASE_PATH_SPEC,
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}` },
    },
    {
      name: 'desktop',
      testIgnore: BASE_PATH_SPEC,
      grepInvert: /@no-js\b/,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'phone',
      testIgnore: BASE_PATH_SPEC,
      grepInvert: /@no-js\b|@desktop\b|@wide\b/,
      use: { ...devices['Pixel 7'], launchOptions },
    },
    {
      name: 'no-javascript',
      testIgnore: BASE_PATH_SPEC,
      grepInvert: /@js\b|@desktop\b/,
      use: { ...devices['Desktop Chrome'], launchOptions, javaScriptEnabled: false },
    },
  ],
  webServer: [
    {
      command: `npm run preview -- --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npm run preview:base -- --host 127.0.0.1 --port ${BASE_PORT}`,
      url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
