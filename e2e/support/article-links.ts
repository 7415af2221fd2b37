/** Links into the article page from the other pages: each must land on an id the article page has. */
import { expect, type Page } from '@playwright/test';
import { articles } from './content.ts';

export const article = articles()[0]!;

/** The ids present on the article page, to check that links into it land somewhere. */
export async function articleIds(page: Page): Promise<Set<string>> {
  await page.goto(article.path);
  return new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
}

/** Checks that every link into the article points at an id the article page has. */
export function expectArticleAnchors(hrefs: (string | null)[], ids: Set<string>) {
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    const url = new URL(href!, 'http://site.invalid');
    expect(url.pathname).toBe(article.path);
    expect(ids.has(url.hash.slice(1)), `${href} has no target on the article page`).toBe(true);
  }
}
