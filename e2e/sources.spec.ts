/** The sources page (/sources/): every source once, anchored, with where it is cited. */
import { expect, test } from '@playwright/test';
import { claims, collectionIds } from './content.ts';

const allClaims = claims();

test.describe('sources page', () => {
  test('lists every source once, with a unique anchor and where it is cited', async ({ page }) => {
    await page.goto('/sources/');
    const sourceIds = collectionIds('sources');
    await expect(page.locator('.source-index > li')).toHaveCount(sourceIds.length);
    for (const id of sourceIds) await expect(page.locator(`#source-${id}`)).toHaveCount(1);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBe(new Set(ids).size);
    for (const item of await page.locator('.source-index > li').all()) {
      expect(await item.locator('.cited-in > li').count()).toBeGreaterThan(0);
      await expect(item.locator('cite a')).toHaveAttribute('href', /^https:\/\//);
    }
    // A claim's sources list that claim among their citations.
    const claim = allClaims[0]!;
    for (const source of claim.sources) {
      await expect(page.locator(`li:has(> #source-${source}) .cited-in a[href$="#claim-${claim.id}"]`)).toHaveCount(1);
    }
  });
});
