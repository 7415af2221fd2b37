/** Every page besides the article's (e2e/article.spec.ts) fits a 320 px screen and asks nothing of another origin. */
import { expect, test } from '@playwright/test';

test.describe('every new page', () => {
  for (const path of [
    '/claims/',
    '/speakers/',
    '/speakers/peter-ford/',
    '/timeline/',
    '/sources/',
    '/about/',
    '/search/',
  ]) {
    test(`${path} fits a narrow screen and makes no request to another origin`, async ({ page, baseURL }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.setViewportSize({ width: 320, height: 640 });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const origin = new URL(baseURL!).origin;
      expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    });
  }
});
