/**
 * The privacy gate in the browser: every request each page makes, while it
 * loads, while the reader scrolls to the end and opens what can be opened, is
 * recorded, and any to another origin fails the test. The first view's
 * requests must all be files the page-weight budget counts, so that the
 * budget cannot miss something the browser downloads.
 */
import { expect, test } from '@playwright/test';
import { measureFirstView } from '../tools/gates/page-weight.ts';
import { BASE, builtPages, builtSite, urlOf, familyTag } from './site.ts';

for (const builtPage of builtPages()) {
  test(
    `${builtPage.path}: requests nothing from another origin`,
    familyTag(builtPage),
    async ({ page, context, baseURL, javaScriptEnabled }) => {
      const origin = new URL(baseURL!).origin;
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      page.on('websocket', (socket) => requests.push(socket.url()));
      // Nothing may leave the machine: requests elsewhere are recorded, then refused.
      await context.route(
        (url) => url.origin !== origin,
        (route) => route.abort('blockedbyclient'),
      );
      await page.goto(urlOf(builtPage));
      await page.waitForLoadState('networkidle');
      const firstView = requests.map((url) => new URL(url)).filter((url) => url.origin === origin);

      // Everything else the page may load later: lazy images, opened details, the end of the page.
      await page
        .locator('details:not([open]) > summary')
        .evaluateAll((summaries) => summaries.forEach((summary) => summary.parentElement!.setAttribute('open', '')));
      await page.keyboard.press('End');
      await page.waitForLoadState('networkidle');

      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);

      // The budget counts every file of the first view (it may count more: an icon headless Chromium skips).
      // Lazy images are left out of it; browsers load them at once only when scripting is off.
      const site = builtSite();
      const view = measureFirstView({ files: site.files, read: site.read, base: BASE }, builtPage.file);
      const counted = javaScriptEnabled ? view.resources : [...view.resources, ...view.deferred];
      const countedPaths = new Set(counted.map((r) => `${BASE.replace(/\/?$/, '')}${r.path}`));
      const requested = firstView
        .map((url) => decodeURIComponent(url.pathname))
        .filter((path) => path !== urlOf(builtPage));
      // The search page opens search at once: its script then fetches Pagefind's
      // bundle, which no other page loads (e2e/search.spec.ts checks that).
      const searchBundle = `${BASE.replace(/\/?$/, '/')}pagefind/`;
      const openedSearch = (path: string) => builtPage.path === '/search/' && path.startsWith(searchBundle);
      expect(requested.filter((path) => !countedPaths.has(path) && !openedSearch(path))).toEqual([]);
    },
  );
}
