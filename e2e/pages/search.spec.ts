/** The search page (/search/): Pagefind with JavaScript, a pointer to the claims index without. */
import { expect, test } from '@playwright/test';
import { article } from '../support/article-links.ts';

test.describe('search', () => {
  test('finds “Palmyra” and a claim, loading Pagefind only on the search page', { tag: '@js' }, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/claims/');
    await page.goto(article.path);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search', exact: true }).click();
    const input = page.getByRole('search').getByRole('textbox');
    await input.fill('Palmyra');
    const results = page.locator('.pagefind-ui__result-link');
    // Wait for this search's results to be listed, not for the first of them to appear.
    await expect(page.locator('.pagefind-ui__message')).toContainText(/results? for .?Palmyra/);
    await expect(results.first()).toBeVisible();
    await expect
      .poll(() => results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
      .toContain(article.path);
    // The article is about Palmyra: it leads, ahead of the claim pages that name the city in their claims.
    await expect(results.first()).toHaveAttribute('href', article.path);
    expect(requests.some((url) => url.includes('/pagefind/pagefind-ui.js'))).toBe(true);

    // A claim's own words find the pages that list it.
    await input.fill('bolt hole');
    // Wait for this search's results, not the previous one's.
    await expect(page.locator('.pagefind-ui__message')).toContainText(/results? for .?bolt hole/);
    // Pagefind fills in the results one by one: poll until they are all listed.
    await expect
      .poll(() => results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
      .toEqual(expect.arrayContaining([article.path, '/claims/']));

    // The address can carry the query.
    await page.goto('/search/?q=Konashenkov');
    await expect(results.first()).toBeVisible();
  });

  test(
    'without JavaScript, the search page says so and points to the claims index',
    { tag: '@no-js' },
    async ({ page }) => {
      await page.goto('/search/');
      const notice = page.locator('.search-nojs');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('Search needs JavaScript');
      await notice.getByRole('link', { name: 'claims index' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claims');
    },
  );
});
