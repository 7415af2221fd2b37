/** The timeline page (/timeline/): every event, dated and sourced, the article's date marked, links both ways to the notes. */
import { expect, test } from '@playwright/test';
import { articleIds, expectArticleAnchors } from './article-links.ts';
import { articles, claims, collectionIds } from './content.ts';

const allClaims = claims();

test.describe('timeline page', () => {
  test('lists every event with an anchor, and its note numbers lead into the article', async ({ page }) => {
    const ids = await articleIds(page);
    await page.goto('/timeline/');
    await expect(page.locator('li.timeline-event')).toHaveCount(collectionIds('events').length);
    for (const id of collectionIds('events')) await expect(page.locator(`#event-${id}`)).toHaveCount(1);
    const hrefs = await page.locator('.event-claims a').evaluateAll((a) => a.map((l) => l.getAttribute('href')));
    expectArticleAnchors(hrefs, ids);
    // Every claim that names an event is linked from it.
    const linked = new Set(hrefs.map((h) => h!.replace(/^.*#claim-/, '')));
    for (const claim of allClaims.filter((c) => c.events.length > 0)) expect(linked.has(claim.id)).toBe(true);
  });
});

for (const article of articles()) {
  test.describe(`article ${article.id}`, () => {
    test('the timeline page lists dated, sourced events in order, marks the article’s date, and links both ways to the notes', async ({
      page,
    }) => {
      const hrefs = (selector: string) =>
        page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      await page.goto('/timeline/');
      const items = page.locator('ol.timeline-list > li');
      await expect(items).toHaveCount(collectionIds('events').length + 1);
      const dates = await items
        .locator(':scope > time')
        .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
      for (const date of dates) expect(date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(dates).toEqual([...dates].sort());
      const marker = page.locator('ol.timeline-list > li.timeline-article');
      await expect(marker.locator('time')).toHaveAttribute('datetime', article.published);
      await expect(marker).toContainText('This article is published');
      for (const event of await page.locator('li.timeline-event').all()) {
        expect(await event.locator('.event-sources a[href^="https://"]').count()).toBeGreaterThan(0);
      }
      const toNotes = await hrefs('.event-claims a');
      expect(toNotes.length).toBeGreaterThan(0);

      // Every event a claim names is listed, dated, on the claim's own page and links to the timeline,
      // and every event's note numbers lead to notes. The claim pages are one family: e2e/claim-pages.spec.ts
      // walks them all on desktop; here, in every project, the first that names an event (e2e/site.ts).
      const claim = allClaims.find((c) => c.events.length > 0)!;
      await page.goto(`/claims/${claim.id}/`);
      const toEvents = await hrefs('.claim-page-events a');
      expect([...toEvents].sort(), claim.id).toEqual(claim.events.map((id) => `/timeline/#event-${id}`).sort());
      for (const date of await page.locator('.claim-page-events a time').all()) {
        await expect(date).toHaveAttribute('datetime', /^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
      expect(toEvents.length).toBeGreaterThan(0);
      await page.goto(article.path);
      for (const href of toNotes) {
        const [path, id] = href.split('#');
        expect(path).toBe(article.path);
        await expect(page.locator(`#${id}`)).toHaveClass(/claim-note/);
      }
      await page.goto('/timeline/');
      for (const href of toEvents) {
        const [path, id] = href.split('#');
        expect(path).toBe('/timeline/');
        await expect(page.locator(`#${id}.timeline-event`)).toHaveCount(1);
      }
    });
  });
}
