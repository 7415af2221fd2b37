/**
 * `npm run dev` as an editor uses it (issue 32): every page renders styled,
 * with no Content-Security-Policy violation in the console (the dev server's
 * own policy, DEV_POLICY), and a content mistake made while it runs shows in
 * the browser's error overlay with its file, line and field, then goes when
 * the file is fixed. Runs `astro dev` on a copy of the project, on the port
 * DEV_TEST_PORT (default 6441), and Chromium (CHROMIUM_PATH, as Playwright's
 * config).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.ts';
import { prepareCopy } from '../support/spawn.ts';

const PORT = Number(process.env['DEV_TEST_PORT'] ?? 6441);
const BASE = `http://localhost:${PORT}`;
const CLAIM = 'content/claims/aleppo-50000.yaml';
const dir = mkdtempSync(join(tmpdir(), 'dev-server-'));
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
const console: string[] = [];
let log = '';

beforeAll(async () => {
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  prepareCopy(dir);
  server = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--port', String(PORT), '--strictPort'], {
    cwd: dir,
    // Without what Vitest puts in the environment (NODE_ENV=test, MODE, DEV, PROD, SSR, BASE_URL, VITEST…), which
    // the dev server would read as its own.
    env: {
      ...Object.fromEntries(
        Object.entries(process.env).filter(
          ([name]) =>
            !['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST'].includes(name) &&
            !name.startsWith('VITEST'),
        ),
      ),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('astro dev did not start in 120 s')), 120_000);
    server!.stdout!.on('data', (chunk: Buffer) => {
      if (/watching for file changes|ready in/.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  page = await browser.newPage();
  // The first request makes Vite optimise the dependencies and reload: load a page once before measuring.
  await page.goto(`${BASE}/`, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  page.on('console', (message) => {
    if (message.type() === 'error') console.push(message.text());
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** The text of Astro's error overlay, undefined when the page shows none, null while the page reloads. */
async function overlayText(): Promise<string | undefined | null> {
  try {
    await page.waitForLoadState('load');
    return await page.evaluate(
      () => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? undefined,
    );
  } catch {
    return null; // the page was reloading: the dev server reloads open pages when the problems change
  }
}

/** Waits until the overlay is there (or gone), reloading as an editor would if the page has not yet. */
async function waitForOverlay(present: boolean): Promise<string | undefined> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const text = await overlayText();
    if (text !== null && (text !== undefined) === present) return text;
    await page.waitForTimeout(500);
    if (attempt % 8 === 7) await page.reload();
  }
  return (await overlayText()) ?? undefined;
}

describe('npm run dev', () => {
  it('renders every kind of page styled, with no CSP violation in the console', { timeout: 180_000 }, async () => {
    for (const path of ['/', '/articles/decamped-from-mosul/', '/claims/', '/claims/aleppo-50000/', '/timeline/']) {
      console.length = 0;
      await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(500);
      expect(
        console.filter((text) => /Content Security Policy/i.test(text)),
        path,
      ).toEqual([]);
      // Styled: global.css sets the reading font; an unstyled page keeps the browser's default.
      const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(font, `${path}\n${(await page.content()).slice(0, 700)}\n${log.slice(-1500)}`).toMatch(/Charter/);
    }
  });

  it(
    'shows a content mistake in the error overlay, with file, line and field, and recovers',
    { timeout: 180_000 },
    async () => {
      await page.goto(`${BASE}/articles/decamped-from-mosul/`, { waitUntil: 'load' });
      const file = join(dir, CLAIM);
      const good = readFileSync(file, 'utf8');
      writeFileSync(file, good.replace(/^status: .*$/m, 'status: "true"'));
      const shown = await waitForOverlay(true);
      expect(shown).toMatch(/content\/claims\/aleppo-50000\.yaml:\d+ → status: "true" is not a claim status/);
      writeFileSync(file, good);
      expect(await waitForOverlay(false)).toBeUndefined();
      // The page comes back once the dev server has rebuilt the content; on a busy machine that can follow the
      // overlay's going by a few seconds, during which Astro's own "An error occurred." page stands: reload until then.
      await expect
        .poll(
          async () => {
            const heading = await page.locator('h1').first().textContent();
            if (!heading?.includes('Decamped from Mosul')) await page.reload();
            return heading;
          },
          { timeout: 60_000, interval: 2_000 },
        )
        .toContain('Decamped from Mosul');
    },
  );
});
