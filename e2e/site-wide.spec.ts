/** What every page shares: the sitemap and each page's metadata, and the header's links. */
import { expect, test } from '@playwright/test';
import { article } from './article-links.ts';

test.describe('metadata', () => {
  test(
    'every page in the sitemap has a title, description, canonical URL, Open Graph and Twitter card',
    { tag: '@desktop' },
    async ({ page, request }) => {
      // Visits every page in the sitemap (the claim pages among them): more than the default time on a busy machine.
      test.slow();
      const robots = await request.get('/robots.txt');
      expect(robots.status()).toBe(200);
      const sitemapUrl = /^Sitemap: (\S+)$/m.exec(await robots.text())?.[1];
      expect(sitemapUrl).toMatch(/\/sitemap-index\.xml$/);
      const index = await request.get(new URL(sitemapUrl!).pathname);
      expect(index.status()).toBe(200);
      const sitemaps = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      const pages: string[] = [];
      for (const sitemap of sitemaps) {
        const body = await (await request.get(new URL(sitemap).pathname)).text();
        pages.push(...[...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
      }
      const paths = pages.map((p) => new URL(p).pathname);
      for (const expected of [
        '/',
        article.path,
        '/claims/',
        '/speakers/',
        '/timeline/',
        '/sources/',
        '/about/',
        '/search/',
      ]) {
        expect(paths).toContain(expected);
      }
      expect(paths).not.toContain('/404/');
      const favicon = await request.get('/favicon.svg');
      expect(favicon.status()).toBe(200);
      for (const url of pages) {
        const path = new URL(url).pathname;
        await page.goto(path);
        await expect(page).toHaveTitle(/\S/);
        const meta = (selector: string) => page.locator(selector).getAttribute('content');
        expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(40);
        expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(url);
        expect(await meta('meta[property="og:url"]')).toBe(url);
        expect(await meta('meta[property="og:title"]')).toMatch(/\S/);
        expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
        expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
        const image = await meta('meta[property="og:image"]');
        expect((await request.get(new URL(image!).pathname)).headers()['content-type']).toBe('image/png');
      }
    },
  );

  test('the header links to every page', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Site' });
    for (const [name, path] of [
      ['Claims', '/claims/'],
      ['Speakers', '/speakers/'],
      ['Timeline', '/timeline/'],
      ['Sources', '/sources/'],
      ['About', '/about/'],
      ['Search', '/search/'],
    ] as const) {
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('href', path);
    }
    await nav.getByRole('link', { name: 'Timeline', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline of events');
    await expect(page.getByRole('link', { name: 'Timeline', exact: true })).toHaveAttribute('aria-current', 'page');
  });
});
