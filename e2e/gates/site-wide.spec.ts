/** What every page shares: the sitemap and each page's metadata (every page, as served, read in one call into the page), and the header's links. */
import { expect, test } from '@playwright/test';
import { article } from '../support/article-links.ts';

test.describe('metadata', () => {
  test(
    'every page in the sitemap has a title, description, canonical URL, Open Graph and Twitter card',
    { tag: '@desktop' },
    async ({ page, request }) => {
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
      // Every page's metadata, as served, read in one call into a page of the site (the head is static).
      await page.goto('/');
      const metas = await page.evaluate(
        (paths) =>
          Promise.all(
            paths.map(async (path) => {
              const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
              // Each element once: not found, or found twice, is recorded.
              const notOnce: string[] = [];
              const once = (selector: string, attribute: string) => {
                const found = doc.querySelectorAll(selector);
                if (found.length !== 1) notOnce.push(`${selector}: ${found.length}`);
                return found[0]?.getAttribute(attribute) ?? null;
              };
              const content = (selector: string) => once(selector, 'content');
              return {
                notOnce,
                title: doc.title,
                description: content('meta[name="description"]'),
                canonical: once('link[rel="canonical"]', 'href'),
                ogUrl: content('meta[property="og:url"]'),
                ogTitle: content('meta[property="og:title"]'),
                ogDescription: content('meta[property="og:description"]'),
                twitterCard: content('meta[name="twitter:card"]'),
                ogImage: content('meta[property="og:image"]'),
              };
            }),
          ),
        pages.map((url) => new URL(url).pathname),
      );
      const imageTypes = await Promise.all(
        metas.map(async (meta) =>
          meta.ogImage ? (await request.get(new URL(meta.ogImage).pathname)).headers()['content-type'] : undefined,
        ),
      );
      pages.forEach((url, i) => {
        const path = new URL(url).pathname;
        const meta = metas[i]!;
        expect.soft(meta.notOnce, path).toEqual([]);
        expect.soft(meta.title, path).toMatch(/\S/);
        expect.soft(meta.description?.length, path).toBeGreaterThan(40);
        expect.soft(meta.canonical, path).toBe(url);
        expect.soft(meta.ogUrl, path).toBe(url);
        expect.soft(meta.ogTitle, path).toMatch(/\S/);
        expect.soft(meta.ogDescription, path).toBe(meta.description);
        expect.soft(meta.twitterCard, path).toBe('summary_large_image');
        expect.soft(imageTypes[i], `${path}: og:image`).toBe('image/png');
      });
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
