/**
 * The sources page (/sources/): every source once, anchored, with where it is cited, grouped by outlet with
 * jump links, the provenance behind a disclosure, and no taller than 8,000 px at 1,280 px.
 * The page is read in one pass (one call into the page for all its sources, not several per source),
 * then checked here: the page is static once loaded, and the list is long.
 */
import { expect, test } from '@playwright/test';
import { claims, collectionIds } from '../support/content.ts';

const allClaims = claims();

test.describe('sources page', () => {
  test('lists every source once, with a unique anchor and where it is cited', async ({ page }) => {
    await page.goto('/sources/');
    const sourceIds = collectionIds('sources');
    const items = await page.locator('.source-index > li').evaluateAll((lis) =>
      lis.map((li) => ({
        ids: Array.from(li.querySelectorAll('[id]')).map((e) => e.id),
        cited: li.querySelectorAll('.cited-in > li').length,
        links: Array.from(li.querySelectorAll('cite a')).map((a) => a.getAttribute('href')),
        citedIn: Array.from(li.querySelectorAll('.cited-in a')).map((a) => a.getAttribute('href') ?? ''),
      })),
    );
    expect(items).toHaveLength(sourceIds.length);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    for (const id of sourceIds)
      expect(
        ids.filter((other) => other === `source-${id}`),
        id,
      ).toHaveLength(1);
    expect(ids.length).toBe(new Set(ids).size);
    for (const item of items) {
      expect(item.cited, item.ids.join(' ')).toBeGreaterThan(0);
      expect(item.links, item.ids.join(' ')).toHaveLength(1);
      expect(item.links[0]).toMatch(/^https:\/\//);
    }
    // A claim's sources list that claim among their citations.
    const claim = allClaims[0]!;
    for (const source of claim.sources) {
      const item = items.find((i) => i.ids.includes(`source-${source}`));
      expect(
        item?.citedIn.filter((href) => href.endsWith(`#claim-${claim.id}`)),
        source,
      ).toHaveLength(1);
    }
  });

  test(
    'groups the sources by outlet with jump links, the details behind a disclosure',
    { tag: '@desktop' },
    async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('/sources/');
      const facts = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        jumps: Array.from(document.querySelectorAll('.outlet-index a')).map((a) => a.getAttribute('href')!),
        outlets: Array.from(document.querySelectorAll('section.outlet')).map((s) => s.id),
        // Whose word, the reading date and where it is cited: inside a closed disclosure, for every source.
        outside: Array.from(document.querySelectorAll('.source-index > li')).filter(
          (li) => li.querySelector(':scope > details:not([open]) .cited-in') === null,
        ).length,
        words: document.body.innerText,
      }));
      expect.soft(facts.height, 'the page at 1,280 px').toBeLessThanOrEqual(8000);
      expect.soft(facts.jumps).toEqual(facts.outlets.map((id) => `#${id}`));
      expect.soft(facts.outlets.length).toBeGreaterThan(1);
      expect.soft(facts.outside, 'sources whose details are not behind a disclosure').toBe(0);
      // No editors' working words.
      for (const words of ['[fragile address', 'Filed on', 'not read again since'])
        expect.soft(facts.words).not.toContain(words);
    },
  );
});
