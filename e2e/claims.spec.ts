/** The claims index (/claims/): every claim by status, links to the notes, and the filters for readers with JavaScript. */
import { expect, test } from '@playwright/test';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { article, articleIds, expectArticleAnchors } from './article-links.ts';
import { claims } from './content.ts';

const allClaims = claims();

test.describe('claims index', () => {
  test('lists every claim once, with status, speaker and source count, grouped by status', async ({ page }) => {
    await page.goto('/claims/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claims');
    const items = page.locator('.claim-item');
    await expect(items).toHaveCount(allClaims.length);
    for (const claim of allClaims) {
      const item = page.locator(`#claim-${claim.id}`);
      await expect(item).toHaveAttribute('data-status', claim.status);
      await expect(item).toHaveAttribute('data-speaker', claim.speaker);
      await expect(item.locator('.status')).toHaveText(
        CLAIM_STATUSES[claim.status as keyof typeof CLAIM_STATUSES].label,
      );
      await expect(item.locator('.claim-item-sources')).toHaveText(
        `${claim.sources.length} source${claim.sources.length === 1 ? '' : 's'}`,
      );
      await expect(item.locator('.claim-item-text a')).toHaveText(claim.claim);
      // Each claim sits in the section of its status.
      await expect(page.locator(`#status-${claim.status} #claim-${claim.id}`)).toHaveCount(1);
    }
    // The status navigation leads to sections that exist.
    for (const link of await page.locator('.claims-nav a[href^="#status-"]').all()) {
      await expect(page.locator((await link.getAttribute('href'))!)).toHaveCount(1);
    }
  });

  test('each claim links to its note in the article', async ({ page }) => {
    const ids = await articleIds(page);
    await page.goto('/claims/');
    const hrefs = await page
      .locator('.claim-item-text a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.map((h) => h!.replace(/^.*#claim-/, '')).sort()).toEqual(allClaims.map((c) => c.id).sort());
    expectArticleAnchors(hrefs, ids);
    await page.locator('.claim-item-text a').first().click();
    await expect(page).toHaveURL(new RegExp(`${article.path}#claim-`));
    await expect(page.locator('.claim-note:target')).toBeInViewport();
  });

  test('without JavaScript: no filter controls, and every claim shows', { tag: '@no-js' }, async ({ page }) => {
    await page.goto('/claims/');
    await expect(page.locator('form[data-claim-filters]')).toBeHidden();
    await expect(page.locator('.claim-item:visible')).toHaveCount(allClaims.length);
  });

  test('with JavaScript: filters by status and by speaker', { tag: '@js' }, async ({ page }) => {
    await page.goto('/claims/');
    const form = page.locator('form[data-claim-filters]');
    await expect(form).toBeVisible();
    await expect(form.locator('[data-filter-count]')).toHaveText(
      `Showing ${allClaims.length} of ${allClaims.length} claims.`,
    );

    await form.getByLabel('Status').selectOption('opinion');
    const opinions = allClaims.filter((c) => c.status === 'opinion');
    const visible = page.locator('.claim-item:visible');
    await expect(visible).toHaveCount(opinions.length);
    expect((await visible.evaluateAll((els) => els.map((e) => e.id))).sort()).toEqual(
      opinions.map((c) => `claim-${c.id}`).sort(),
    );
    await expect(page.locator('#status-supported')).toBeHidden();
    await expect(page).toHaveURL(/\?status=opinion$/);

    await form.getByLabel('Speaker').selectOption('peter-ford');
    const both = opinions.filter((c) => c.speaker === 'peter-ford');
    await expect(visible).toHaveCount(both.length);
    await expect(form.locator('[data-filter-count]')).toHaveText(
      `Showing ${both.length} of ${allClaims.length} claims.`,
    );

    await form.getByLabel('Status').selectOption('');
    await expect(visible).toHaveCount(allClaims.filter((c) => c.speaker === 'peter-ford').length);

    // A filtered address can be shared.
    await page.goto('/claims/?speaker=ray-finch');
    await expect(form.getByLabel('Speaker')).toHaveValue('ray-finch');
    await expect(visible).toHaveCount(allClaims.filter((c) => c.speaker === 'ray-finch').length);
  });
});
