/** The 404 page, for any unknown address: a search box, and the way to the front page. */
import { expect, test } from '@playwright/test';
import { articles } from '../support/content.ts';

test('an unknown address shows the 404 page, with a search box that leads to the search page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const search = page.getByRole('search');
  await search.getByRole('searchbox', { name: 'Search the edition' }).fill('Palmyra');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Palmyra$/);
  await page.goBack();
  await page.getByRole('link', { name: 'the front page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(articles()[0]!.title);
});
