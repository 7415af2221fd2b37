/**
 * The privacy and security-header gates in the browser, on one load of each
 * page (loading a page is most of what they cost, and neither disturbs what
 * the other looks at). Each test walks a run of pages in one browser page
 * (`pageRuns` in e2e/support/site.ts: a test per page spent a second or more starting
 * a browser context); every assertion names its page.
 *
 * - privacy: every request the page makes, while it loads, while the reader
 *   scrolls to the end and opens what can be opened, is recorded, and any to
 *   another origin fails the test. The first view's requests must all be
 *   files the page-weight budget counts, so that the budget cannot miss
 *   something the browser downloads.
 * - security headers: the page is served with the headers public/_headers
 *   gives it (as a static host that reads the file would), on top of the
 *   <meta> policy Astro writes, and must load, render and be read to the end
 *   without a single policy violation or console error. A script injected
 *   into the page must then be refused, which shows the policy is in force.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { headersFor, parseHeadersFile } from '~/site/security-headers.ts';
import { measureFirstView } from '../../tools/gates/page-weight.ts';
import { BASE, builtSite, pageRuns, urlOf } from '../support/site.ts';

/** How the runs of pages are dealt: enough tests to keep both workers busy. */
const RUNS = 4;

const rules = parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
const isPolicyMessage = (text: string) => /Content Security Policy/i.test(text);

// The browser may still be fetching something (its favicon) when a test ends: let those requests go
// unanswered instead of failing the run with an error outside any test ("route.fetch: Test ended").
test.afterEach(async ({ page, context }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.unrouteAll({ behavior: 'ignoreErrors' });
});

for (const run of pageRuns(RUNS)) {
  test(
    `${run.name}: requests nothing from another origin, and works under the policy and headers of public/_headers`,
    run.tag ? { tag: run.tag } : {},
    async ({ page, context, baseURL, javaScriptEnabled }) => {
      // Each page: a load, two waits for the network to settle, the checks; seconds on a busy machine.
      test.setTimeout(30_000 + run.pages.length * 15_000);
      const origin = new URL(baseURL!).origin;
      let requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      page.on('websocket', (socket) => requests.push(socket.url()));
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
        const response = await page.goto(urlOf(builtPage));
        const headers = await response!.allHeaders();
        expect.soft(headers['content-security-policy'], `${at}: the policy header`).toContain("frame-ancestors 'none'");
        expect.soft(headers['x-content-type-options'], `${at}: X-Content-Type-Options`).toBe('nosniff');
        await page.waitForLoadState('networkidle');
        const firstView = requests.map((url) => new URL(url)).filter((url) => url.origin === origin);
        // The stylesheet applied (its custom properties are set): the policy did not block it.
        const measure = await page.evaluate(() =>
          getComputedStyle(document.documentElement).getPropertyValue('--measure'),
        );
        expect.soft(measure.trim(), `${at}: the stylesheet's --measure`).not.toBe('');

        // Everything else the page may load later: lazy images, opened details, the end of the page.
        await page
          .locator('details:not([open]) > summary')
          .evaluateAll((summaries) => summaries.forEach((summary) => summary.parentElement!.setAttribute('open', '')));
        await page.keyboard.press('End');
        await page.waitForLoadState('networkidle');

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

        // No policy violation or error while the page loaded and was read to the end.
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
            .poll(() => problems.slice(before).filter(isPolicyMessage).length, `${at}: the injections refused`)
            .toBeGreaterThanOrEqual(2);
          expect
            .soft(
              await page.evaluate(() => document.documentElement.dataset['injected']),
              `${at}: the injected script ran`,
            )
            .toBeUndefined();
        }
      }
    },
  );
}
