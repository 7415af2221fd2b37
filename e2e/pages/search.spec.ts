/** The search page (/search/): Pagefind with JavaScript, a pointer to the claims index without. */
import type axe from 'axe-core';
import { expect, test } from '@playwright/test';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { article } from '../support/article-links.ts';
import { step } from '../support/shared-page.ts';
import { claims } from '../support/content.ts';
import { loadAxeOnEveryPage } from '../support/axe.ts';

test.describe('search', () => {
  test('finds “Palmyra” and a claim, loading Pagefind only on the search page', { tag: '@js' }, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/claims/');
    await page.goto(article.path);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search', exact: true }).click();
    const input = page.getByRole('search').getByRole('searchbox');
    await input.fill('Palmyra', { timeout: 20_000 });
    const results = page.locator('.search-result-title a');
    // Wait for this search's results to be listed, not for the first of them to appear.
    // Pagefind's index and WebAssembly load first: slow on a busy machine.
    await expect(page.locator('.search-status')).toContainText(/results? for .?Palmyra/, { timeout: 20_000 });
    await expect(results.first()).toBeVisible();
    await expect
      .poll(() => results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
      .toContain(article.path);
    // The article is about Palmyra: it leads, ahead of the claim pages that name the city in their claims.
    await expect(results.first()).toHaveAttribute('href', article.path);
    expect(requests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);

    // A claim's own words find the pages that list it.
    await input.fill('bolt hole');
    // Wait for this search's results, not the previous one's.
    await expect(page.locator('.search-status')).toContainText(/results? for .?bolt hole/);
    // Pagefind fills in the results one by one: poll until they are all listed.
    await expect
      .poll(() => results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
      .toEqual(expect.arrayContaining([article.path, '/claims/capital-to-palmyra/']));
    // The claims index only lists the claims, each of which has its own page: it is not indexed.
    expect(
      await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    ).not.toContain('/claims/');

    // The address can carry the query.
    await page.goto('/search/?q=Konashenkov');
    await expect(results.first()).toBeVisible();
  });

  // One load of the results page (Pagefind's index and WebAssembly are the slow part of it) for what the
  // results show and for axe. The accessibility gate scans the page as loaded, before a search; here the
  // results and their marked matches are on it, in the light and the dark theme (the highlight's contrast
  // among them).
  test(
    'each claim’s result opens with its status; the field has no empty pad; matches are marked in the site’s colours; with the results shown, axe finds no WCAG 2.2 AA violation in either theme',
    { tag: '@js' },
    async ({ page, context }) => {
      await loadAxeOnEveryPage(context);
      await page.goto(`/search/?q=Palmyra`);
      // Pagefind's index and WebAssembly load first: slow on a busy machine.
      await expect(page.locator('.search-status')).toContainText(/results? for .?Palmyra/, { timeout: 20_000 });
      await expect(page.locator('.search-result').first()).toBeVisible();
      await expect(page.locator('.search-results mark').first()).toBeVisible();

      await step(
        'each claim’s result opens with its status; the field has no empty pad; matches are marked',
        async () => {
          const statuses = new Map(
            claims().map((c) => [`/claims/${c.id}/`, CLAIM_STATUSES[c.status as keyof typeof CLAIM_STATUSES].label]),
          );
          const shown = await page.evaluate(() => {
            const input = document.querySelector<HTMLInputElement>('#search-input')!;
            const style = getComputedStyle(input);
            return {
              padLeft: parseFloat(style.paddingLeft),
              fontSize: parseFloat(style.fontSize),
              textIndent: parseFloat(style.textIndent),
              results: Array.from(document.querySelectorAll('.search-result')).map((li) => ({
                path: new URL(li.querySelector<HTMLAnchorElement>('.search-result-title a')!.href).pathname,
                status: li.querySelector('.search-result-head .status')?.textContent?.trim(),
                statusFirst: li.firstElementChild?.querySelector('.status') !== null,
                excerpts: Array.from(li.querySelectorAll('.search-result-excerpt')).map((p) => p.textContent ?? ''),
              })),
              marks: document.querySelectorAll('.search-results mark').length,
            };
          });
          // The text starts near the field's edge: no pad left where an icon was.
          expect.soft(shown.padLeft, 'the field’s left pad').toBeLessThanOrEqual(shown.fontSize);
          expect.soft(shown.textIndent, 'the field’s text indent').toBe(0);
          expect.soft(shown.marks, 'marked matches').toBeGreaterThan(0);
          const claimResults = shown.results.filter((r) => statuses.has(r.path));
          expect.soft(claimResults.length, 'claim results').toBeGreaterThan(1);
          for (const result of claimResults) {
            expect.soft(result.status, `${result.path}: its status`).toBe(statuses.get(result.path));
            expect.soft(result.statusFirst, `${result.path}: the status opens the result`).toBe(true);
          }
          // One excerpt per page, from the content: none of the interface's labels.
          for (const result of shown.results) {
            expect.soft(result.excerpts, `${result.path}: excerpts`).toHaveLength(1);
            for (const label of [
              'Our verdict',
              'What each status means',
              'Claim by',
              'In short:',
              'Read it in the article',
            ])
              expect.soft(result.excerpts[0], `${result.path}: the excerpt`).not.toContain(label);
          }
          for (const result of shown.results.filter((r) => !statuses.has(r.path))) {
            expect.soft(result.status, `${result.path}: not a claim, no status`).toBeUndefined();
          }
        },
      );

      await step('axe finds no WCAG 2.2 AA violation in either theme', async () => {
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          const result = await page.evaluate(() =>
            (window as unknown as { axe: typeof axe }).axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
            }),
          );
          expect(
            result.passes.some((r) => r.id === 'color-contrast'),
            `${colorScheme}: contrast checked`,
          ).toBe(true);
          expect
            .soft(
              result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
              `${colorScheme} theme`,
            )
            .toEqual([]);
        }
      });
    },
  );

  test(
    'without JavaScript, the search page says so and points to the claims index',
    { tag: '@no-js' },
    async ({ page }) => {
      await page.goto('/search/');
      const notice = page.locator('.search-nojs');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('Search needs JavaScript');
      await expect(page.getByRole('search')).toBeHidden();
      await notice.getByRole('link', { name: 'claims index' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claims');
    },
  );
});
