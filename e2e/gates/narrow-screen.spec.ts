/**
 * Every page besides the article's (e2e/pages/article.spec.ts) fits a 320 px screen and asks nothing of another origin.
 * One test walks them all in one browser page (a test each spent most of its time starting a browser context);
 * its soft assertions name the page, and report every page that fails.
 */
import { expect, test } from '@playwright/test';

const PATHS = ['/claims/', '/speakers/', '/speakers/peter-ford/', '/timeline/', '/sources/', '/about/', '/search/'];

test.describe('every new page', () => {
  test(`${PATHS.join(', ')}: each fits a narrow screen and makes no request to another origin`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    let requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of PATHS) {
      requests = [];
      const response = await page.goto(path);
      expect.soft(response?.status(), path).toBe(200);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect.soft(overflow, `${path}: wider than the screen by`).toBeLessThanOrEqual(0);
      expect.soft(requests.length, `${path}: requests recorded`).toBeGreaterThan(0);
      expect
        .soft(
          requests.filter((url) => new URL(url).origin !== origin),
          path,
        )
        .toEqual([]);
    }
  });
});
