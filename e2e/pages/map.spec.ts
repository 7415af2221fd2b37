/**
 * The map of an article's places: its two SVG files (wide and narrow), the places page that shows it above the list
 * of places, and the links between the map, the places, the claims and the timeline. Checks that need the same loads
 * share them, and checks that run in the same projects share a test, one step each on one browser page, reset
 * between steps (e2e/support/shared-page.ts): a test of its own spent a second or more on its browser page (issue 24).
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { articles, collectionIds } from '../support/content.ts';
import { resetPage, step } from '../support/shared-page.ts';

/** What the standalone SVG holds, read in the browser from the file itself. */
async function readMap(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  return page.evaluate(() => {
    const svg = document.documentElement;
    return {
      root: svg.tagName,
      // Chromium's XML parser is strict: a malformed file shows a parsererror.
      parseErrors: document.getElementsByTagNameNS('*', 'parsererror').length,
      title: svg.querySelector(':scope > title')?.textContent ?? '',
      desc: svg.querySelector(':scope > desc')?.textContent ?? '',
      places: [...svg.querySelectorAll('a.place')].map((a) => ({
        id: a.getAttribute('data-place'),
        href: a.getAttribute('href') ?? '',
        label: a.querySelector('text')?.textContent ?? '',
      })),
      routes: [...svg.querySelectorAll('a.route')].map((a) => ({
        id: a.getAttribute('data-route'),
        href: a.getAttribute('href') ?? '',
      })),
    };
  });
}

for (const article of articles()) {
  const wide = `/maps/${article.id}.svg`;
  const narrow = `/maps/${article.id}-narrow.svg`;

  test.describe(`map of ${article.id}`, () => {
    test('the map’s SVG files, and its places linked to the list of places', async ({ page }) => {
      await step(
        'both SVG files are served, parse as SVG and carry a title and a description; the map has its own dark colours',
        async () => {
          await resetPage(page);
          await page.emulateMedia({ colorScheme: 'light' });
          // The wide one last: its colours are read on that load.
          for (const url of [narrow, wide]) {
            const map = await readMap(page, url);
            expect.soft(map.root, url).toBe('svg');
            expect.soft(map.parseErrors, url).toBe(0);
            expect.soft(map.title, url).toMatch(/^Map of the places/);
            expect.soft(map.desc, url).toContain('alleged, not established');
            expect.soft(map.places.length, url).toBe(collectionIds('places').length);
          }
          const light = await page.locator('.land').evaluate((el) => getComputedStyle(el).fill);
          await page.emulateMedia({ colorScheme: 'dark' });
          const dark = await page.locator('.land').evaluate((el) => getComputedStyle(el).fill);
          expect(light, `${wide}: the land in the light and the dark theme`).not.toBe(dark);
          expect(dark, `${wide}: the land in the dark theme`).toBe('rgb(43, 42, 39)');
        },
      );

      await step(
        'every place on the map links to its entry in the list, and the list matches the map; a place clicked on the standalone map opens its entry',
        async () => {
          await resetPage(page);
          const map = await readMap(page, wide);
          // The standalone map, as loaded: a click on a place opens its entry on the places page.
          await page.locator('a.place[data-place="palmyra"] text').click();
          await expect(page).toHaveURL(new RegExp(`${article.placesPath}#place-palmyra$`));
          await expect(page.locator('#place-palmyra')).toBeInViewport();
          await expect(page.locator('#place-palmyra')).toContainText('34.55139° N, 38.26806° E');
          const listed = await page
            .locator('.place-list > li')
            .evaluateAll((items) =>
              items.map((li) => ({ id: li.id, name: li.querySelector('.place-name')?.textContent ?? '' })),
            );
          expect(listed.map((p) => p.id)).toEqual(map.places.map((p) => `place-${p.id}`));
          for (const place of map.places) {
            expect(place.href).toBe(`${article.placesPath}#place-${place.id}`);
            await expect(page.locator(`#place-${place.id}`)).toHaveCount(1);
            expect(listed.find((p) => p.id === `place-${place.id}`)!.name).toContain(
              place.label.replace(/ airbase$/, ''),
            );
          }
          const routes = await page
            .locator('.route-list > li')
            .evaluateAll((items) => items.map((li) => li.getAttribute('data-route')));
          expect(routes).toEqual(map.routes.map((r) => r.id));
          expect([...map.places.map((p) => p.id)].sort()).toEqual(collectionIds('places').sort());
          // Each alleged movement on the map leads to the note on its claim, in the article.
          await page.goto(article.path);
          for (const route of map.routes) {
            const [path, note] = route.href.split('#');
            expect(path).toBe(article.path);
            await expect(page.locator(`#${note}.claim-note`)).toHaveCount(1);
          }
        },
      );
    });

    test('the places page shows the map that fits the screen, and the claims and events link to their places', async ({
      page,
    }) => {
      // The map lives on the places page; the article page links to it (issue 11: its first view fits one round
      // trip). First in its test: nothing is in the browser's cache yet, so every file the pages use is requested.
      await step(
        'the article page loads no map and links to the places page, which shows the map at once, above its list, with its text alternative',
        async () => {
          await resetPage(page);
          const requested: string[] = [];
          const record = (request: Request) => requested.push(new URL(request.url()).pathname);
          page.on('request', record);
          try {
            await page.goto(article.path);
            await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
            await page.waitForLoadState('networkidle');
            expect(requested.filter((path) => path.startsWith('/maps/'))).toEqual([]);
            await expect(page.locator('.place-map')).toHaveCount(0);
            await page.locator('.article-toc').getByRole('link', { name: 'Map', exact: true }).click();
            await expect(page).toHaveURL(new RegExp(`${article.placesPath}$`));
            const img = page.locator('.place-map img');
            await expect(img).toHaveAttribute('alt', /^Map of the places.*Marked from west to east: /);
            await expect
              .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
              .toBeGreaterThan(0);
            // One drawing of the two, the one that fits the screen.
            expect(requested.filter((path) => path.startsWith('/maps/')).length).toBe(1);
            await expect(page.getByRole('link', { name: 'Open the map (SVG)' })).toHaveAttribute('href', wide);
            await expect(page.locator('.place-list > li')).toHaveCount(collectionIds('places').length);
            // At once: not left for the reader to scroll to.
            await expect(img).toHaveAttribute('loading', 'eager');
            await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map');
            await expect(page.getByRole('heading', { name: 'The places, from west to east', level: 2 })).toBeVisible();
          } finally {
            page.off('request', record);
          }
        },
      );

      await step('narrow screens get the narrow drawing, shown at about its own size', async () => {
        await resetPage(page);
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(article.placesPath);
        const img = page.locator('.place-map img');
        await img.scrollIntoViewIfNeeded();
        await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.currentSrc)).toContain(narrow);
        const box = (await img.boundingBox())!;
        expect(box.width).toBeLessThanOrEqual(320);
      });

      await step('claims and timeline events link back to their places', async () => {
        await resetPage(page);
        const hrefs = (selector: string) =>
          page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
        // Each claim's places are listed on the claim's own page: every claim page, as served, read in one call.
        await page.goto('/claims/');
        const onClaimPages = await page.evaluate(async (ids) => {
          const read = async (id: string) => {
            const response = await fetch(`/claims/${id}/`);
            const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
            const links = Array.from(doc.querySelectorAll('.claim-places a'));
            return {
              id,
              status: response.status,
              hrefs: links.map((a) => a.getAttribute('href')!),
              texts: links.map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim()),
            };
          };
          return Promise.all(ids.map(read));
        }, collectionIds('claims'));
        for (const claim of onClaimPages) expect.soft(claim.status, `/claims/${claim.id}/`).toBe(200);
        expect(onClaimPages.find((c) => c.id === 'flow-from-raqqa')?.texts).toEqual([
          'Palmyra',
          'Raqqa',
          'Deir ez-Zor',
        ]);
        const fromNotes = onClaimPages.flatMap((c) => c.hrefs);
        await page.goto('/timeline/');
        await expect(page.locator('#event-t4-attack-repelled .event-places a')).toHaveText(['Tiyas (T4) airbase']);
        const fromEvents = await hrefs('.event-places a');
        const targets = [...new Set([...fromNotes, ...fromEvents])];
        expect(targets.length).toBe(collectionIds('places').length);
        await page.goto(article.placesPath);
        for (const href of targets) {
          const [path, id] = href.split('#');
          expect(path).toBe(article.placesPath);
          await expect(page.locator(`#${id}.place-entry`)).toHaveCount(1);
        }
      });
    });

    // What a reader sees: every text on the map at 12 px or more, at each width the places page shows each
    // drawing (the narrow one up to 640 px), and no arrowhead over another where movements end together.
    test(
      'the map’s text shows at 12 px or more at every width, and no two arrowheads meet',
      { tag: '@desktop' },
      async ({ page }) => {
        const drawings = new Map<
          string,
          { width: number; sizes: { text: string; size: number }[]; heads: number[][] }
        >();
        for (const url of [wide, narrow]) {
          await page.goto(url);
          drawings.set(
            url,
            await page.evaluate(() => {
              const svg = document.documentElement as unknown as SVGSVGElement;
              return {
                width: svg.viewBox.baseVal.width,
                sizes: [...svg.querySelectorAll('text')]
                  .filter((t) => (t.textContent ?? '').trim() !== '')
                  .map((t) => ({ text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) })),
                heads: [...svg.querySelectorAll<SVGPathElement>('a.route path.arrow')].map((p) => {
                  const b = p.getBBox();
                  return [b.x, b.y, b.x + b.width, b.y + b.height];
                }),
              };
            }),
          );
        }
        for (const [url, drawing] of drawings) {
          expect.soft(drawing.heads.length, `${url}: an arrowhead per movement`).toBeGreaterThan(1);
          drawing.heads.forEach(([ax0, ay0, ax1, ay1], i) =>
            drawing.heads.slice(i + 1).forEach(([bx0, by0, bx1, by1], j) => {
              const meet = ax0! < bx1! && bx0! < ax1! && ay0! < by1! && by0! < ay1!;
              expect.soft(meet, `${url}: arrowheads ${i} and ${i + 1 + j} meet`).toBe(false);
            }),
          );
        }
        for (const width of [320, 390, 600, 640, 641, 700, 768, 1024, 1280, 1600]) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(article.placesPath);
          const img = page.locator('.place-map img');
          await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/\.svg$/);
          const shown = await img.evaluate((el: HTMLImageElement) => ({
            src: new URL(el.currentSrc).pathname,
            width: el.getBoundingClientRect().width,
          }));
          const drawing = drawings.get(shown.src)!;
          expect(drawing, `${width} px: ${shown.src}`).toBeDefined();
          const scale = shown.width / drawing.width;
          const smallest = drawing.sizes.reduce((a, b) => (b.size < a.size ? b : a));
          expect
            .soft(smallest.size * scale, `${width} px (${shown.src}): “${smallest.text}” in px`)
            .toBeGreaterThanOrEqual(12);
        }
      },
    );
  });
}
