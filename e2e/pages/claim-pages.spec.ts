/**
 * Every claim's own page (/claims/<id>/): the claim, who made it, its status
 * and meaning, the article's words in context linked to the mark in the
 * article, the events it names linked to the timeline, the sources, the
 * history from git, the citation; linked from the note, from the claims
 * index, and listed in the sitemap.
 */
import { expect, test } from '@playwright/test';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { articles, claims, speakers } from '../support/content.ts';

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
    // The note in the article links here, and the page is served.
    const noteLinks = await page.evaluate(
      (ids) => ids.map((id) => document.querySelectorAll(`#claim-${id} a[href="/claims/${id}/"]`).length),
      allClaims.map((c) => c.id),
    );
    const statuses = await Promise.all(
      allClaims.map(async (claim) => (await page.context().request.get(`/claims/${claim.id}/`)).status()),
    );
    allClaims.forEach((claim, i) => {
      expect.soft(noteLinks[i], `${claim.id}: the note's link to its page`).toBe(1);
      expect.soft(statuses[i], `/claims/${claim.id}/`).toBe(200);
    });
    let eventLinks = 0;
    for (const claim of allClaims) {
      const path = `/claims/${claim.id}/`;
      await page.goto(path);
      // The page's facts, read in one call into it (it is static once loaded), then checked here.
      const speakerName = people.get(claim.speaker) ?? claim.speaker;
      const facts = await page.evaluate((speaker) => {
        const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
        const all = (selector: string, root: ParentNode = document) => Array.from(root.querySelectorAll(selector));
        const lastChange = all('.change-list li').at(-1);
        return {
          h1: all('h1').map(text),
          status: all('.claim-page-head .status').map(text),
          meaning: all('.claim-status-meaning').map(text),
          // What getByRole('link', { name }) finds: links whose name holds the speaker's, in any case.
          speakerLinks: all('.claim-page-head a[href]')
            .filter((a) => (a.getAttribute('aria-label') ?? text(a)).toLowerCase().includes(speaker.toLowerCase()))
            .map((a) => a.getAttribute('href')),
          contexts: all('.claim-context').map((context) => ({
            // Each once, as the locators that read them were strict about.
            once: ['blockquote', 'mark', 'figcaption a'].map((selector) => context.querySelectorAll(selector).length),
            quoted: context.querySelector('blockquote')?.textContent ?? null,
            marked: context.querySelector('mark')?.textContent ?? null,
            href: context.querySelector('figcaption a')?.getAttribute('href') ?? null,
          })),
          toEvents: all('.claim-page-events a').map((a) => a.getAttribute('href')!),
          dates: all('.claim-page-events a time').map((t) => t.getAttribute('datetime')),
          sources: all('.source-list li').length,
          changes: all('.change-list li').length,
          lastChangeDate: lastChange?.querySelector('time')?.getAttribute('datetime') ?? null,
          lastChange: text(lastChange),
          cite: all('.cite-this p').map(text),
          disputeLinks: all('[data-dispute-link]').length,
        };
      }, speakerName);
      const status = CLAIM_STATUSES[claim.status as keyof typeof CLAIM_STATUSES];
      expect.soft(facts.h1, `${path}: the h1`).toEqual([claim.claim.replace(/\s+/g, ' ').trim()]);
      expect.soft(facts.status, `${path}: the status`).toEqual([status.label]);
      expect.soft(facts.meaning, `${path}: the status's meaning`).toHaveLength(1);
      expect
        .soft(facts.meaning[0], `${path}: the status's meaning`)
        .toContain(status.meaning.replace(/\s+/g, ' ').trim());
      expect.soft(facts.speakerLinks, `${path}: the link to ${speakerName}`).toEqual([`/speakers/${claim.speaker}/`]);
      // The article's own words, with the text around them, exactly as in the article, linked to the mark.
      expect.soft(facts.contexts.length, path).toBeGreaterThan(0);
      for (const context of facts.contexts) {
        expect.soft(context.once, `${path}: a quote, a mark, a link in each context`).toEqual([1, 1, 1]);
        expect.soft(paragraphs, `${path}: the quote in context is not the article's text`).toContain(context.quoted);
        expect
          .soft(context.quoted?.length, `${path}: the quote around the words`)
          .toBeGreaterThan(context.marked!.length);
        const url = new URL(context.href!, 'http://site.invalid');
        expect.soft(url.pathname, `${path}: ${context.href}`).toBe(article.path);
        expect.soft(articleIds.has(url.hash.slice(1)), `${context.href} leads nowhere`).toBe(true);
        expect.soft(url.hash, `${path}: ${context.href}`).toMatch(new RegExp(`^#claim-ref-${claim.id}-\\d+$`));
      }
      // Every event the claim names, dated, linked to its entry on the timeline (also e2e/pages/timeline.spec.ts).
      expect.soft([...facts.toEvents].sort(), path).toEqual(claim.events.map((id) => `/timeline/#event-${id}`).sort());
      for (const date of facts.dates) expect.soft(date, path).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      for (const href of facts.toEvents) {
        const [target, id] = href.split('#');
        expect.soft(target, `${href} from ${path}`).toBe('/timeline/');
        expect
          .soft(
            timelineEvents.filter((event) => event === id),
            `${href} from ${path}`,
          )
          .toHaveLength(1);
      }
      eventLinks += facts.toEvents.length;
      // Every source, by title, linked to its address.
      expect.soft(facts.sources, `${path}: sources`).toBe(claim.sources.length);
      // The history, from git: at least the commit that published the note, dated, with its reason.
      expect.soft(facts.changes, `${path}: changes`).toBeGreaterThan(0);
      expect.soft(facts.lastChangeDate, `${path}: the first change's date`).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect.soft(facts.lastChange, `${path}: the first change`).toContain('Reason given: “');
      // Cite this: the stable address.
      expect.soft(facts.cite, `${path}: cite this`).toHaveLength(1);
      expect.soft(facts.cite[0], `${path}: cite this`).toContain(`/claims/${claim.id}/`);
      // No repository configured in this build: no dispute link that leads nowhere.
      expect.soft(facts.disputeLinks, `${path}: dispute links`).toBe(0);
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
  const results = page.locator('.search-result-title a');
  await expect(results.first()).toBeVisible();
  const paths = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths).toContain(`/claims/${claim.id}/`);
});
