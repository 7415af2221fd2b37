/**
 * The cheap per-page gates, on every page the build wrote (every page of a family included: each claim's
 * page, each speaker's page), in every project, on one load of each page:
 *
 * - privacy: every request the page makes, while it loads, while the reader scrolls to the end and opens
 *   what can be opened, is recorded, and any to another origin fails the test. The first view's requests
 *   must all be files the page-weight budget counts, so that the budget cannot miss something the browser
 *   downloads.
 * - security headers and console errors: the page is served with the headers public/_headers gives it (as
 *   a static host that reads the file would), on top of the <meta> policy Astro writes, and must load,
 *   render and be read to the end without a single policy violation or console error. With JavaScript, a
 *   script injected into the page must then be refused, which shows the policy is in force.
 * - overflow: the page is no wider than the screen (the reader would scroll sideways) at 320, 375 and
 *   768 px, in the light and the dark theme, with JavaScript (phone project) and without (no-javascript
 *   project, which checks its own 1280 px too), and at 1280 px in the desktop project; a failure names the
 *   page, the width and the widest element (e2e/support/overflow.ts).
 * - accessibility (with JavaScript: axe runs in the page): one h1, no skipped heading level, one banner,
 *   main and contentinfo, no text outside a landmark, and no axe violation (WCAG 2.0–2.2 A and AA, plus
 *   the heading and landmark rules) in the light theme, nor of the colour rules in the dark theme, at
 *   1280 px (desktop project) and 320 px (phone project), the narrowest width the site supports
 *   (e2e/support/axe.ts).
 *
 * Loading pages and running axe are what the browser spends its time on, so each page is loaded once per
 * project and every gate reads that load; a test walks a run of pages in one browser page (`pageRuns` in
 * e2e/support/site.ts), since a test per page spent a second or more starting a browser context. Soft
 * assertions, each naming the page (and the width and theme where they matter), let one failing check still
 * report the others.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from '~/site/security-headers.ts';
import { measureFirstView } from '../../tools/gates/page-weight.ts';
import {
  axeViolations,
  COLOUR_RULES,
  loadAxeOnEveryPage,
  openAllDetails,
  preferTheme,
  STRUCTURE_RULES,
} from '../support/axe.ts';
import { trackRequests } from '../support/network.ts';
import { describeOverflow, measureOverflow } from '../support/overflow.ts';
import { BASE, builtSite, pageRuns, urlOf } from '../support/site.ts';

/** How the runs of pages are dealt: enough tests to keep both workers busy. */
const RUNS = 4;
/** The phone widths every page must fit: the narrowest the site supports, a common phone, a small tablet. */
const PHONE_WIDTHS = [320, 375, 768];
const THEMES = ['light', 'dark'] as const;

const rules = parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
const isPolicyMessage = (text: string) => /Content Security Policy/i.test(text);

/** Checks that the page fits each width, in each theme, and leaves it in the light theme at the last width. */
async function checkFits(page: Page, at: string, widths: number[], scripting: string) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: page.viewportSize()!.height });
    for (const theme of [...THEMES].reverse()) {
      await page.emulateMedia({ colorScheme: theme });
      const overflow = await measureOverflow(page);
      const where = `${at} at ${width} px (${theme} theme, ${scripting})`;
      expect.soft(overflow.documentWidth, describeOverflow(where, overflow)).toBeLessThanOrEqual(overflow.screenWidth);
    }
  }
}

/** One h1, headings in order, the landmarks in place, nothing outside them (the queries sent at once). */
async function checkStructure(page: Page, at: string) {
  const [levels, outside] = await Promise.all([
    page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.localName[1]))),
    page.evaluate(() =>
      Array.from(document.body.children)
        .filter((el) => !el.matches('header, main, footer, nav, aside, script, link, .skip-link'))
        .map((el) => el.outerHTML.slice(0, 80)),
    ),
    expect.soft(page.locator('h1'), `${at}: one h1`).toHaveCount(1),
    expect.soft(page.getByRole('banner'), `${at}: one banner`).toHaveCount(1),
    expect.soft(page.getByRole('main'), `${at}: one main`).toHaveCount(1),
    expect.soft(page.getByRole('contentinfo'), `${at}: one contentinfo`).toHaveCount(1),
    expect.soft(page.getByRole('navigation').first(), `${at}: a navigation`).toBeAttached(),
  ]);
  expect.soft(levels[0], `${at}: the first heading`).toBe(1);
  for (let i = 1; i < levels.length; i += 1) {
    expect
      .soft(levels[i]! - levels[i - 1]!, `${at}: heading ${i + 1} (h${levels[i]}) after h${levels[i - 1]}`)
      .toBeLessThanOrEqual(1);
  }
  expect.soft(outside, `${at}: outside the landmarks`).toEqual([]);
}

/** Axe in the light theme (every WCAG rule, with the heading and landmark rules), then in the dark (colours). */
async function checkAccessibility(page: Page, at: string) {
  await openAllDetails(page);
  const light = await preferTheme(page, 'light', `${at}: `);
  expect
    .soft(await axeViolations(page, `${at}, light theme`, { extraRules: STRUCTURE_RULES }), `${at}, light theme`)
    .toEqual([]);
  expect.soft(await preferTheme(page, 'dark', `${at}: `), `${at}: the page restyles in the dark theme`).not.toBe(light);
  expect.soft(await axeViolations(page, `${at}, dark theme`, { only: COLOUR_RULES }), `${at}, dark theme`).toEqual([]);
}

// The browser may still be fetching something (its favicon) when a test ends: let those requests go
// unanswered instead of failing the run with an error outside any test ("route.fetch: Test ended").
test.afterEach(async ({ page, context }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.unrouteAll({ behavior: 'ignoreErrors' });
});

for (const run of pageRuns(RUNS)) {
  test(`${run.name}: requests nothing from another origin, works under the policy and headers of public/_headers without an error, fits the screen; with JavaScript, one h1, headings in order, the landmarks in place, no WCAG 2.2 AA violation in the light or the dark theme`, async ({
    page,
    context,
    baseURL,
    javaScriptEnabled,
    isMobile,
  }) => {
    // Each page: a load, two waits for the network to settle, two scans, the widths; seconds on a busy machine.
    test.setTimeout(30_000 + run.pages.length * 20_000);
    const scripting = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';
    // The phone project loads at the narrowest width the site supports, where text and controls wrap most.
    if (isMobile) await page.setViewportSize({ width: PHONE_WIDTHS[0]!, height: 640 });
    const loadedWidth = page.viewportSize()!.width;
    const origin = new URL(baseURL!).origin;
    let requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    page.on('websocket', (socket) => requests.push(socket.url()));
    const network = trackRequests(page);
    if (javaScriptEnabled) await loadAxeOnEveryPage(context);
    // Nothing may leave the machine: requests elsewhere are recorded, then refused.
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort('blockedbyclient'),
    );
    // Every file of the site comes with the headers public/_headers gives its path. (A route also keeps
    // the browser's cache out of the way: each page requests all it needs, as on a first visit.)
    await page.route(
      (url) => url.origin === origin,
      async (route) => {
        const response = await route.fetch();
        const extra = Object.fromEntries(headersFor(rules, new URL(route.request().url()).pathname));
        await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
      },
    );
    let problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || isPolicyMessage(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    for (const builtPage of run.pages) {
      const at = builtPage.path;
      requests = [];
      problems = [];
      await page.setViewportSize({ width: loadedWidth, height: page.viewportSize()!.height });
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(urlOf(builtPage));
      expect.soft(response!.status(), `${at}: served`).toBe(200);
      const headers = await response!.allHeaders();
      expect.soft(headers['content-security-policy'], `${at}: the policy header`).toContain("frame-ancestors 'none'");
      expect.soft(headers['x-content-type-options'], `${at}: X-Content-Type-Options`).toBe('nosniff');
      await network.settled();
      const firstView = requests.map((url) => new URL(url)).filter((url) => url.origin === origin);
      // The stylesheet applied (its custom properties are set): the policy did not block it.
      const measure = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--measure'),
      );
      expect.soft(measure.trim(), `${at}: the stylesheet's --measure`).not.toBe('');

      // Everything else the page may load later: lazy images, opened details, the end of the page.
      await openAllDetails(page);
      await page.keyboard.press('End');
      await network.settled();

      expect.soft(requests.length, `${at}: requests recorded`).toBeGreaterThan(0);
      expect
        .soft(
          requests.filter((url) => new URL(url).origin !== origin),
          `${at}: requests to another origin`,
        )
        .toEqual([]);

      // The budget counts every file of the first view (it may count more: an icon headless Chromium skips).
      // Lazy images are left out of it; browsers load them at once only when scripting is off.
      const site = builtSite();
      const view = measureFirstView({ files: site.files, read: site.read, base: BASE }, builtPage.file);
      // A print-only stylesheet is fetched at once too, at the lowest priority; it is reported apart.
      const counted = [...view.resources, ...view.print, ...(javaScriptEnabled ? [] : view.deferred)];
      const countedPaths = new Set(counted.map((r) => `${BASE.replace(/\/?$/, '')}${r.path}`));
      const requested = firstView
        .map((url) => decodeURIComponent(url.pathname))
        .filter((path) => path !== urlOf(builtPage));
      // The search page opens search at once: its script then fetches Pagefind's
      // bundle, which no other page loads (e2e/pages/search.spec.ts checks that).
      const searchBundle = `${BASE.replace(/\/?$/, '/')}pagefind/`;
      const openedSearch = (path: string) => builtPage.path === '/search/' && path.startsWith(searchBundle);
      expect
        .soft(
          requested.filter((path) => !countedPaths.has(path) && !openedSearch(path)),
          `${at}: first-view requests the page-weight budget does not count`,
        )
        .toEqual([]);

      if (javaScriptEnabled) {
        await checkStructure(page, `${at} at ${loadedWidth} px`);
        await checkAccessibility(page, `${at} at ${loadedWidth} px`);
      }

      // The phone widths in the projects that stand for phones with and without JavaScript; the desktop
      // project's own width in the others.
      const widths = isMobile ? PHONE_WIDTHS : javaScriptEnabled ? [loadedWidth] : [loadedWidth, ...PHONE_WIDTHS];
      await checkFits(page, at, widths, scripting);

      // No policy violation or error while the page loaded, was read to the end, scanned and resized.
      expect.soft(problems, `${at}: policy violations and errors`).toEqual([]);

      if (javaScriptEnabled) {
        // An inline script without a hash, and an image from another origin, are refused.
        const before = problems.length;
        await page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'document.documentElement.dataset.injected = "ran"';
          document.head.append(script);
          const img = document.createElement('img');
          img.src = 'https://tracker.example.org/pixel.png';
          img.alt = '';
          document.body.append(img);
        });
        await expect
          .poll(() => problems.slice(before).filter(isPolicyMessage).length, {
            message: `${at}: the injections refused`,
            intervals: [25],
          })
          .toBeGreaterThanOrEqual(2);
        expect
          .soft(
            await page.evaluate(() => document.documentElement.dataset['injected']),
            `${at}: the injected script ran`,
          )
          .toBeUndefined();
      }
    }
  });
}
