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

  test('the header links to every page, the places and map included', async ({ page }) => {
    // Each page the header links to, by the link's words.
    const linked = [
      ['Claims', '/claims/'],
      ['Speakers', '/speakers/'],
      ['Timeline', '/timeline/'],
      ['Map', article.placesPath],
      ['Sources', '/sources/'],
      ['About', '/about/'],
      ['Search', '/search/'],
    ] as const;
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Site' });
    for (const [name, path] of linked) {
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('href', path);
    }
    await nav.getByRole('link', { name: 'Timeline', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
    await expect(page.getByRole('link', { name: 'Timeline', exact: true })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Map', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Map', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('.place-map img')).toBeVisible();
    // One name per page: the heading of each page the header links to is the link's own word.
    const headings: string[] = [];
    for (const [name, path] of linked) {
      await page.goto(path);
      headings.push(`${name}: ${await page.getByRole('heading', { level: 1 }).textContent()}`);
    }
    expect(headings).toEqual(headings.map((h) => `${h.split(':')[0]}: ${h.split(':')[0]}`));
  });
});

/**
 * The header on one line from 768 px: the site's name, every navigation link and the theme switch share one
 * row (their boxes overlap vertically) and none leaves the screen, on a page of each kind (the article's header
 * sits beside its margin, the others' over a single column). On a phone it may wrap, but stays on screen.
 */
test('the header fits on one line from 768 px, and on screen at 320 px', { tag: '@desktop' }, async ({ page }) => {
  const paths = ['/', article.path, article.placesPath, '/claims/', '/speakers/peter-ford/', '/timeline/', '/search/'];
  // Each page is loaded once and resized: the header's layout is the stylesheet's alone (no script places it),
  // so a page resized to a width lays it out as one loaded at that width.
  for (const path of paths) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    for (const width of [320, 768, 1024, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('.site-name, .site-nav a, .theme-switch')].map((el) => {
          const box = el.getBoundingClientRect();
          return { text: el.textContent.trim() || el.className, top: box.top, bottom: box.bottom, right: box.right };
        }),
      );
      const at = `${path} at ${width} px`;
      expect.soft(boxes.length, `${at}: name, seven links and the theme switch`).toBe(9);
      expect
        .soft(
          boxes.filter((b) => b.right > width).map((b) => b.text),
          `${at}: off screen`,
        )
        .toEqual([]);
      if (width < 768) continue;
      const top = Math.max(...boxes.map((b) => b.top));
      const bottom = Math.min(...boxes.map((b) => b.bottom));
      expect.soft(bottom - top, `${at}: the header's items share one line`).toBeGreaterThan(0);
    }
  }
});

/**
 * One grid: on every kind of page, the main text, the header's name and the footer start on the article page's
 * left edge, at 1280 and 1600 px (where the article has its margin) and at 768 px (one column).
 */
test('every kind of page starts its text on the article page’s left edge', { tag: '@desktop' }, async ({ page }) => {
  const families = [
    '/',
    article.placesPath,
    '/claims/',
    '/claims/aleppo-50000/',
    '/speakers/',
    '/speakers/peter-ford/',
    '/timeline/',
    '/sources/',
    '/about/',
    '/search/',
    '/404.html',
  ];
  const edges = () =>
    page.evaluate(() => {
      const left = (selector: string) => {
        const el = document.querySelector(selector);
        return el ? el.getBoundingClientRect().left : undefined;
      };
      return {
        text: left('[data-article-text] p') ?? left('main h1'),
        name: left('.site-name'),
        footer: left('.site-footer p'),
        overflow: document.documentElement.scrollWidth - innerWidth,
      };
    });
  // Each page is loaded once and resized through the widths: the edges are the stylesheet's alone.
  const widths = [768, 1280, 1600];
  const reference = new Map<number, Awaited<ReturnType<typeof edges>>>();
  await page.goto(article.path);
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    reference.set(width, await edges());
    expect(reference.get(width)!.text, `the article at ${width} px`).toBeDefined();
  }
  for (const path of families) {
    await page.goto(path);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      const at = `${path} at ${width} px`;
      const found = await edges();
      for (const part of ['text', 'name', 'footer'] as const) {
        expect
          .soft(Math.abs(found[part]! - reference.get(width)!.text!), `${at}: the ${part}'s left edge`)
          .toBeLessThanOrEqual(1);
      }
      expect.soft(found.overflow, `${at}: no sideways scroll`).toBeLessThanOrEqual(0);
    }
  }
});
