/** The home page (/): the edition and a link to each article. */
import { expect, test } from '@playwright/test';
import { articles } from '../support/content.ts';

test('the home page introduces the edition and links to each article', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An annotated edition');
  await expect(page.getByRole('heading', { name: 'How to read the notes' })).toBeVisible();
  for (const article of articles()) {
    await page.getByRole('link', { name: article.title }).click();
    await expect(page).toHaveURL(new RegExp(`${article.path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    await page.goBack();
  }
});
