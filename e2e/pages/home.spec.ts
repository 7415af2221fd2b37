/**
 * The home page (/) as a front page: the article with its standfirst, how the claims came out (claims per
 * status, each leading to the claims index filtered by it), the findings that matter most, and the timeline
 * and map as entry points with their drawings.
 */
import { expect, test } from '@playwright/test';
import { articles, claims } from '../support/content.ts';

const allClaims = claims();

test('the home page leads with the article, how its claims came out and the findings that matter most', async ({
  page,
}) => {
  await page.goto('/');
  const article = articles()[0]!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await expect(page.locator('.standfirst')).toHaveText(/\w.{40,}/);
  await expect(page.getByRole('heading', { name: 'How to read the notes' })).toBeVisible();
  // Claims per status: every status a claim has, its count, and a link to the index filtered by it.
  const tiles = await page.locator('.status-tile').evaluateAll((links) =>
    links.map((a) => ({
      href: a.getAttribute('href')!,
      count: Number(a.querySelector('.status-tile-count')!.textContent),
    })),
  );
  const expected = new Map<string, number>();
  for (const claim of allClaims) expected.set(claim.status, (expected.get(claim.status) ?? 0) + 1);
  expect(
    tiles.map((t) => [/status=([a-z-]+)#status-\1$/.exec(t.href)?.[1], t.count]),
    'one tile per status, its count, its link',
  ).toEqual(expect.arrayContaining([...expected]));
  expect(tiles).toHaveLength(expected.size);
  // The findings that matter most: every contradicted and out-of-date claim, linked to its page.
  const findings = await page
    .locator('.finding-claim a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const claim of allClaims.filter((c) => c.status === 'contradicted' || c.status === 'outdated')) {
    expect.soft(findings, claim.id).toContain(`/claims/${claim.id}/`);
  }
  // The timeline and the map, each with its drawing.
  await expect(page.locator('a[href="/timeline/"] svg.timeline-strip')).toBeVisible();
  const map = page.locator(`a[href="${article.placesPath}"] img`);
  await map.scrollIntoViewIfNeeded();
  await expect(map).toBeVisible();
  // Drawn, not a broken image (it loads lazily, once scrolled to).
  await expect.poll(() => map.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // A status leads to the index showing that status alone (with JavaScript the filter, without it the anchor).
  const status = 'contradicted';
  await page.locator(`.status-tile[href*="status=${status}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/claims/\\?status=${status}#status-${status}$`));
  // The filter's script runs once the page has loaded: wait for the list it leaves.
  const shownStatuses = () =>
    page
      .locator('.claim-item')
      .evaluateAll((items) =>
        items.filter((i) => (i as HTMLElement).offsetParent !== null).map((i) => i.getAttribute('data-status')),
      );
  await expect.poll(async () => (await shownStatuses()).length).toBe(expected.get(status));
  expect(new Set(await shownStatuses())).toEqual(new Set([status]));
  // And the article itself.
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${article.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
});
