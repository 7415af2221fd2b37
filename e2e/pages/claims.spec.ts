/**
 * The claims index (/claims/): every claim by status, links to the notes, and the filters for readers with
 * JavaScript. The list's static facts are read in one call into the page and checked here.
 */
import { expect, test } from '@playwright/test';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { curly } from '~/site/typography.ts';
import { article, articleIds, expectArticleAnchors } from '../support/article-links.ts';
import { claims } from '../support/content.ts';

const allClaims = claims();

test.describe('claims index', () => {
  test('lists every claim once, with status, speaker and source count, grouped by status; each claim links to its note in the article', async ({
    page,
  }) => {
    const articleTargets = await articleIds(page);
    await page.goto('/claims/');
    await expect.soft(page.getByRole('heading', { level: 1 })).toHaveText('Claims');
    // Read in one call into the page (the list is static once loaded), then checked here.
    const items = await page.locator('.claim-item').evaluateAll((els) =>
      els.map((el) => {
        const texts = (selector: string) =>
          Array.from(el.querySelectorAll(selector)).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
        return {
          id: el.id,
          status: el.getAttribute('data-status'),
          speaker: el.getAttribute('data-speaker'),
          label: texts('.status'),
          heading: (el.closest('section')?.querySelector('h2')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          sources: texts('.claim-item-sources'),
          claim: texts('.claim-item-text a'),
          ancestors: (function ids(node: Element | null): string[] {
            return node ? [node.id, ...ids(node.parentElement)] : [];
          })(el.parentElement),
        };
      }),
    );
    expect.soft(items).toHaveLength(allClaims.length);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    for (const claim of allClaims) {
      expect
        .soft(
          ids.filter((id) => id === `claim-${claim.id}`),
          claim.id,
        )
        .toHaveLength(1);
      const item = items.find((i) => i.id === `claim-${claim.id}`);
      expect.soft(item, claim.id).toBeDefined();
      expect.soft(item!.status, claim.id).toBe(claim.status);
      expect.soft(item!.speaker, claim.id).toBe(claim.speaker);
      // The status is the group's heading, not repeated on each item.
      expect.soft(item!.label, claim.id).toEqual([]);
      expect
        .soft(item!.heading, claim.id)
        .toMatch(new RegExp(`^${CLAIM_STATUSES[claim.status as keyof typeof CLAIM_STATUSES].label} \\d+ claims?$`));
      expect
        .soft(item!.sources, claim.id)
        .toEqual([`${claim.sources.length} source${claim.sources.length === 1 ? '' : 's'}`]);
      expect.soft(item!.claim, claim.id).toEqual([curly(claim.claim.replace(/\s+/g, ' ').trim())]);
      // Each claim sits in the section of its status.
      expect.soft(item!.ancestors, claim.id).toContain(`status-${claim.status}`);
    }
    // The status navigation leads to sections that exist.
    for (const link of await page.locator('.claims-nav a[href^="#status-"]').all()) {
      await expect.soft(page.locator((await link.getAttribute('href'))!)).toHaveCount(1);
    }
    // Each claim links to its note in the article.
    const hrefs = await page
      .locator('.claim-item-text a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect.soft(hrefs.map((h) => h!.replace(/^.*#claim-/, '')).sort()).toEqual(allClaims.map((c) => c.id).sort());
    expectArticleAnchors(hrefs, articleTargets);
    await page.locator('.claim-item-text a').first().click();
    await expect.soft(page).toHaveURL(new RegExp(`${article.path}#claim-`));
    await expect.soft(page.locator('.claim-note:target')).toBeInViewport();
  });

  test(
    'without JavaScript: a status link shows its group alone, a speaker link leads to the speaker',
    { tag: '@no-js' },
    async ({ page }) => {
      await page.goto('/claims/');
      await expect(page.locator('.claim-item:visible')).toHaveCount(allClaims.length);
      const filters = page.getByRole('navigation', { name: 'Filter the claims' });
      await filters.getByRole('link', { name: /^Opinion \d+$/ }).click();
      await expect(page).toHaveURL(/\/claims\/\?status=opinion#status-opinion$/);
      const opinions = allClaims.filter((c) => c.status === 'opinion');
      await expect(page.locator('.claim-item:visible')).toHaveCount(opinions.length);
      await filters
        .getByRole('link', { name: /^All \d+$/ })
        .first()
        .click();
      await expect(page.locator('.claim-item:visible')).toHaveCount(allClaims.length);
      await expect(filters.getByRole('link', { name: /^Peter Ford \d+$/ })).toHaveAttribute(
        'href',
        '/speakers/peter-ford/',
      );
    },
  );

  test('with JavaScript: the links filter in place, by status and by speaker', { tag: '@js' }, async ({ page }) => {
    await page.goto('/claims/');
    const filters = page.getByRole('navigation', { name: 'Filter the claims' });
    const count = filters.locator('[data-filter-count]');
    await expect(count).toHaveText(`Showing ${allClaims.length} of ${allClaims.length} claims.`);
    // Each control is at least 40 px tall.
    for (const height of await filters
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height))) {
      expect.soft(height).toBeGreaterThanOrEqual(40);
    }

    const link = (name: RegExp) => filters.getByRole('link', { name });
    await link(/^Opinion \d+$/).click();
    const opinions = allClaims.filter((c) => c.status === 'opinion');
    const visible = page.locator('.claim-item:visible');
    await expect(visible).toHaveCount(opinions.length);
    expect((await visible.evaluateAll((els) => els.map((e) => e.id))).sort()).toEqual(
      opinions.map((c) => `claim-${c.id}`).sort(),
    );
    await expect(page.locator('#status-supported')).toBeHidden();
    await expect(page).toHaveURL(/\/claims\/\?status=opinion$/);
    await expect(link(/^Opinion \d+$/)).toHaveAttribute('aria-current', 'true');

    await link(/^Peter Ford \d+$/).click();
    const both = opinions.filter((c) => c.speaker === 'peter-ford');
    await expect(visible).toHaveCount(both.length);
    await expect(count).toHaveText(`Showing ${both.length} of ${allClaims.length} claims.`);

    await filters
      .getByRole('group', { name: 'Status' })
      .getByRole('link', { name: /^All \d+$/ })
      .click();
    await expect(visible).toHaveCount(allClaims.filter((c) => c.speaker === 'peter-ford').length);

    // A filtered address can be shared.
    await page.goto('/claims/?speaker=ray-finch');
    await expect(link(/^Ray Finch \d+$/)).toHaveAttribute('aria-current', 'true');
    await expect(visible).toHaveCount(allClaims.filter((c) => c.speaker === 'ray-finch').length);
  });
});
