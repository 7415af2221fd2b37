/** The about page (/about/): the statuses, and the raw scrape beside the cleaned text. */
import { expect, test } from '@playwright/test';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { article } from '../support/article-links.ts';

const statusLabels = Object.values(CLAIM_STATUSES).map((s) => s.label);

test.describe('about page', () => {
  test('explains the statuses and shows the raw scrape beside the cleaned text, removals marked', async ({ page }) => {
    await page.goto('/about/');
    await expect(page.locator('.status-legend dt')).toHaveCount(statusLabels.length);
    // The scrape is for the curious: closed until asked for.
    const details = page.locator('.scrape-details');
    await expect(details).not.toHaveAttribute('open');
    await details.locator('summary').click();
    await expect(details.locator('.scrape-compare')).toBeVisible();
    const removed = page.locator('.scrape-removed');
    expect(await removed.count()).toBeGreaterThan(0);
    for (const row of await removed.all()) {
      await expect(row.locator('.scrape-raw del')).not.toBeEmpty();
      await expect(row.locator('.scrape-cleaned')).toContainText('Removed:');
    }
    // Every paragraph of the article appears as a kept line, unchanged.
    const kept = await page.locator('.scrape-block .scrape-cleaned p').allTextContents();
    expect(kept).toEqual(article.paragraphs);
  });
});
