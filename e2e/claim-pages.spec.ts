/**
 * Every claim's own page (/claims/<id>/): the claim, who made it, its status
 * and meaning, the article's words in context linked to the mark in the
 * article, the events it names linked to the timeline, the sources, the
 * history from git, the citation; linked from the note, from the claims
 * index, and listed in the sitemap.
 */
import { expect, test } from '@playwright/test';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { articles, claims, speakers } from './content.ts';

const article = articles()[0]!;
const allClaims = claims();
const people = new Map(speakers().map((s) => [s.id, s.name]));
// What these tests read does not change with the width or scripting: they run once, on desktop (@desktop).

test(
  'every claim page gives the claim, speaker, status, the article’s words in context, sources and history',
  { tag: '@desktop' },
  async ({ page }) => {
    // Visits every claim page: more than the default time on a busy machine.
    test.setTimeout(120_000);
    await page.goto('/timeline/');
    const timelineEvents = await page.locator('.timeline-event').evaluateAll((events) => events.map((e) => e.id));
    await page.goto(article.path);
    const articleIds = new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
    const paragraphs = article.paragraphs.join('\n');
    for (const claim of allClaims) {
      const path = `/claims/${claim.id}/`;
      // The note in the article links here.
      await expect(page.locator(`#claim-${claim.id} a[href="${path}"]`), claim.id).toHaveCount(1);
      const response = await page.context().request.get(path);
      expect(response.status(), path).toBe(200);
    }
    let eventLinks = 0;
    for (const claim of allClaims) {
      const path = `/claims/${claim.id}/`;
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.claim);
      const status = CLAIM_STATUSES[claim.status as keyof typeof CLAIM_STATUSES];
      await expect(page.locator('.claim-page-head .status')).toHaveText(status.label);
      await expect(page.locator('.claim-status-meaning')).toContainText(status.meaning);
      await expect(
        page.locator('.claim-page-head').getByRole('link', { name: people.get(claim.speaker) ?? claim.speaker }),
      ).toHaveAttribute('href', `/speakers/${claim.speaker}/`);
      // The article's own words, with the text around them, exactly as in the article, linked to the mark.
      const contexts = page.locator('.claim-context');
      expect(await contexts.count(), path).toBeGreaterThan(0);
      for (const context of await contexts.all()) {
        const quoted = (await context.locator('blockquote').textContent())!;
        expect(paragraphs, `${path}: the quote in context is not the article's text`).toContain(quoted);
        expect(quoted.length).toBeGreaterThan((await context.locator('mark').textContent())!.length);
        const href = (await context.locator('figcaption a').getAttribute('href'))!;
        const url = new URL(href, 'http://site.invalid');
        expect(url.pathname).toBe(article.path);
        expect(articleIds.has(url.hash.slice(1)), `${href} leads nowhere`).toBe(true);
        expect(url.hash).toMatch(new RegExp(`^#claim-ref-${claim.id}-\\d+$`));
      }
      // Every event the claim names, dated, linked to its entry on the timeline (also e2e/timeline.spec.ts).
      const toEvents = await page
        .locator('.claim-page-events a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(toEvents.sort(), path).toEqual(claim.events.map((id) => `/timeline/#event-${id}`).sort());
      const dates = await page
        .locator('.claim-page-events a time')
        .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
      for (const date of dates) expect(date, path).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      for (const href of toEvents) {
        const [target, id] = href.split('#');
        expect(target).toBe('/timeline/');
        expect(
          timelineEvents.filter((event) => event === id),
          `${href} from ${path}`,
        ).toHaveLength(1);
      }
      eventLinks += toEvents.length;
      // Every source, by title, linked to its address.
      await expect(page.locator('.source-list li'), path).toHaveCount(claim.sources.length);
      // The history, from git: at least the commit that published the note, dated, with its reason.
      const changes = page.locator('.change-list li');
      expect(await changes.count(), path).toBeGreaterThan(0);
      await expect(changes.last().locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
      await expect(changes.last()).toContainText('Reason given: “');
      // Cite this: the stable address.
      await expect(page.locator('.cite-this p')).toContainText(`/claims/${claim.id}/`);
      // No repository configured in this build: no dispute link that leads nowhere.
      await expect(page.locator('[data-dispute-link]')).toHaveCount(0);
    }
    expect(eventLinks, 'links from the claim pages to the timeline').toBeGreaterThan(0);
    // Nor on the article's notes.
    await page.goto(articles()[0]!.path);
    expect(await page.locator('.claim-note').count()).toBeGreaterThan(0);
    await expect(page.locator('[data-dispute-link]')).toHaveCount(0);
  },
);

test(
  'the claims index links to every claim page; the sitemap lists them',
  { tag: '@desktop' },
  async ({ page, request }) => {
    await page.goto('/claims/');
    const hrefs = await page
      .locator('.claim-item-page')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(allClaims.map((c) => `/claims/${c.id}/`).sort());
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    for (const claim of allClaims) expect(sitemap, claim.id).toContain(`/claims/${claim.id}/</loc>`);
  },
);

// Search needs JavaScript, which the desktop project has.
test('search finds a claim page by the claim’s words', { tag: '@desktop' }, async ({ page }) => {
  const claim = allClaims.find((c) => c.id === 'coalition-missed-4000') ?? allClaims[0]!;
  await page.goto(`/search/?q=${encodeURIComponent('surveillance capabilities')}`);
  const results = page.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  const paths = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths).toContain(`/claims/${claim.id}/`);
});
