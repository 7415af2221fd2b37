/**
 * The security-header gate in the browser: each page is served with the
 * headers public/_headers gives it (as a static host that reads the file
 * would), on top of the <meta> policy Astro writes, and must load and render
 * without a single policy violation or console error. A script injected into
 * the page must then be refused, which shows the policy is in force.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { headersFor, parseHeadersFile } from '~/site/security-headers.ts';
import { builtPages, urlOf, familyTag } from './site.ts';

const rules = parseHeadersFile(readFileSync(new URL('../public/_headers', import.meta.url), 'utf8'));

for (const builtPage of builtPages()) {
  test(
    `${builtPage.path}: works under the policy and headers of public/_headers`,
    familyTag(builtPage),
    async ({ page, baseURL, javaScriptEnabled }) => {
      const origin = new URL(baseURL!).origin;
      await page.route(
        (url) => url.origin === origin,
        async (route) => {
          const response = await route.fetch();
          const extra = Object.fromEntries(headersFor(rules, new URL(route.request().url()).pathname));
          await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
        },
      );
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || /Content Security Policy/i.test(message.text()))
          problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));

      const response = await page.goto(urlOf(builtPage));
      const headers = await response!.allHeaders();
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      await page.waitForLoadState('networkidle');
      // The stylesheet applied (its custom properties are set): the policy did not block it.
      const measure = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--measure'),
      );
      expect(measure.trim()).not.toBe('');
      expect(problems).toEqual([]);

      if (javaScriptEnabled) {
        // An inline script without a hash, and an image from another origin, are refused.
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
          .poll(() => problems.filter((p) => /Content Security Policy/i.test(p)).length)
          .toBeGreaterThanOrEqual(2);
        expect(await page.evaluate(() => document.documentElement.dataset['injected'])).toBeUndefined();
      }
    },
  );
}
