import { expect, test, type Page } from '@playwright/test';
import { articles, collectionIds } from './content.ts';

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
    test('both SVG files are served, parse as SVG and carry a title and a description', async ({ page }) => {
      for (const url of [wide, narrow]) {
        const map = await readMap(page, url);
        expect(map.root).toBe('svg');
        expect(map.parseErrors).toBe(0);
        expect(map.title).toMatch(/^Map of the places/);
        expect(map.desc).toContain('alleged, not established');
        expect(map.places.length).toBe(collectionIds('places').length);
      }
    });

    test('every place on the map links to its entry in the list, and the list matches the map', async ({ page }) => {
      const map = await readMap(page, wide);
      await page.goto(article.placesPath);
      const listed = await page
        .locator('.place-list > li')
        .evaluateAll((items) =>
          items.map((li) => ({ id: li.id, name: li.querySelector('.place-name')?.textContent ?? '' })),
        );
      expect(listed.map((p) => p.id)).toEqual(map.places.map((p) => `place-${p.id}`));
      for (const place of map.places) {
        expect(place.href).toBe(`${article.placesPath}#place-${place.id}`);
        await expect(page.locator(`#place-${place.id}`)).toHaveCount(1);
        expect(listed.find((p) => p.id === `place-${place.id}`)!.name).toContain(place.label.replace(/ airbase$/, ''));
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
    });

    test('a place clicked on the standalone map opens its entry on the places page', async ({ page }) => {
      await page.goto(wide);
      await page.locator('a.place[data-place="palmyra"] text').click();
      await expect(page).toHaveURL(new RegExp(`${article.placesPath}#place-palmyra$`));
      await expect(page.locator('#place-palmyra')).toBeInViewport();
      await expect(page.locator('#place-palmyra')).toContainText('34.55139° N, 38.26806° E');
    });

    // The map lives on the places page; the article page links to it (issue 11: its first view fits one round trip).
    test('the article page loads no map and links to the places page, which shows the map with its text alternative', async ({
      page,
    }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(article.path);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(requested.filter((path) => path.startsWith('/maps/'))).toEqual([]);
      await expect(page.locator('.place-map')).toHaveCount(0);
      await page.getByRole('link', { name: 'Map and places' }).click();
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
    });

    test('the places page shows the map at once, above its list', async ({ page }) => {
      await page.goto(article.placesPath);
      const img = page.locator('.place-map img');
      await expect(img).toHaveAttribute('loading', 'eager');
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
        .toBeGreaterThan(0);
      await expect(page.getByRole('link', { name: 'Open the map (SVG)' })).toHaveAttribute('href', wide);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Places');
      await expect(page.getByRole('heading', { name: 'The places, from west to east', level: 2 })).toBeVisible();
    });

    test('narrow screens get the narrow drawing, shown at about its own size', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(article.placesPath);
      const img = page.locator('.place-map img');
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.currentSrc)).toContain(narrow);
      const box = (await img.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(320);
      // The narrow drawing is 300 units wide: its 12-unit text stays above 11 px.
      expect((box.width / 300) * 12).toBeGreaterThanOrEqual(11);
    });

    test('the map has its own dark colours', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(wide);
      const light = await page.locator('.land').evaluate((el) => getComputedStyle(el).fill);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await page.locator('.land').evaluate((el) => getComputedStyle(el).fill);
      expect(light).not.toBe(dark);
      expect(dark).toBe('rgb(43, 42, 39)');
    });

    test('claims and timeline events link back to their places', async ({ page }) => {
      // Visits every claim page, the timeline and the places page: more than the default time on a busy machine.
      test.slow();
      const hrefs = (selector: string) =>
        page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      // Each claim's places are listed on the claim's own page.
      const fromNotes: string[] = [];
      for (const id of collectionIds('claims')) {
        await page.goto(`/claims/${id}/`);
        if (id === 'flow-from-raqqa') {
          await expect(page.locator('.claim-places a')).toHaveText(['Palmyra', 'Raqqa', 'Deir ez-Zor']);
        }
        fromNotes.push(...(await hrefs('.claim-places a')));
      }
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
}
