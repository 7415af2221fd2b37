/**
 * Every claim's own page (/claims/<id>/): the claim, who made it, its status
 * and meaning, the article's words in context linked to the mark in the
 * article, the events it names linked to the timeline, the sources (each
 * linked once), the verdict box, the corrections, the citation; linked from
 * the note, from the claims index, and listed in the sitemap. What the first
 * screen holds at 1280×800 and 390×844, the finding before the status's
 * definition, one dated list with nothing twice, no chart of equal figures,
 * and the sources beside the text on a wide screen.
 */
import { expect, test } from '@playwright/test';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { curly } from '~/site/typography.ts';
import { NON_VERDICT_STATUSES } from '~/exports/structured-data.ts';
import { articles, claims, sourceUrls, speakers } from '../support/content.ts';
import { step } from '../support/shared-page.ts';

const article = articles()[0]!;
const allClaims = claims();
const people = new Map(speakers().map((s) => [s.id, s.name]));
const urls = sourceUrls();
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
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(path);
      // The page's facts, read in one call into it (it is static once loaded), then checked here.
      const speakerName = people.get(claim.speaker) ?? claim.speaker;
      const facts = await page.evaluate(
        ([speaker, sourceHrefs]) => {
          const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
          const all = (selector: string, root: ParentNode = document) => Array.from(root.querySelectorAll(selector));
          return {
            h1: all('h1').map(text),
            status: all('.verdict-box .verdict-word').map(text),
            meaning: all('.verdict-box .verdict-meaning').map(text),
            bottomLine: all('.verdict-box .verdict-bottom-line').map(text),
            reviewed: all('.verdict-box time').map((t) => t.getAttribute('datetime')),
            // How many links lead to each source's address: one each, in the list of sources.
            linksPerSource: sourceHrefs.map(
              (href) => all('a[href]').filter((a) => a.getAttribute('href') === href).length,
            ),
            numbered: all('.numbered-sources li').map((li) => li.id),
            numberRefs: all('.dated-list a[href^="#source-"], .figure-table a[href^="#source-"]').map((a) =>
              a.getAttribute('href'),
            ),
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
            toEvents: all('a[href^="/timeline/#event-"]').map((a) => a.getAttribute('href')!),
            dates: all('.dated-list .dated-date time').map((t) => t.getAttribute('datetime')),
            // Each row of the dated list names one source or event: what it links to, once.
            datedRows: all('.dated-list td:last-child a').map((a) => a.getAttribute('href')!),
            datedDates: all('.dated-list tr:has(td)').map((tr) => text(tr.querySelector('.dated-date'))),
            // The finding comes before the status's definition.
            findingFirst: (() => {
              const [finding, meaning] = ['.verdict-bottom-line', '.verdict-meaning'].map((s) =>
                document.querySelector(s),
              );
              return (
                !!finding &&
                !!meaning &&
                !!(finding.compareDocumentPosition(meaning) & Node.DOCUMENT_POSITION_FOLLOWING)
              );
            })(),
            // On the first screen (1280×800): the status word and the article's marked words.
            bottoms: ['.verdict-word', '.claim-context mark'].map(
              (s) => document.querySelector(s)?.getBoundingClientRect().bottom ?? Infinity,
            ),
            // The sources stand beside the explanation on a wide screen.
            asideGap:
              (document.querySelector('.claim-aside')?.getBoundingClientRect().left ?? 0) -
              (document.querySelector('.claim-explanation')?.getBoundingClientRect().right ?? Infinity),
            headings: all('main h2, main h3').map(text),
            figureBars: all('.figure-bars li').length,
            figureValues: all('.figure-table tbody tr td:first-child').map((td) => text(td).replace(/\D/g, '')),
            corrections: all('.claim-history').map(text),
            cite: all('.cite-this p').map(text),
            disputeLinks: all('[data-dispute-link]').length,
          };
        },
        [speakerName, claim.sources.map((id) => urls.get(id)!)] as const,
      );
      const status = CLAIM_STATUSES[claim.status as keyof typeof CLAIM_STATUSES];
      expect.soft(facts.h1, `${path}: the h1`).toEqual([curly(claim.claim.replace(/\s+/g, ' ').trim())]);
      // The first screen at 1280×800: the status word and the claim's words from the article.
      const [statusBottom, markBottom] = facts.bottoms;
      expect.soft(statusBottom, `${path}: the status word on the first screen at 1280×800`).toBeLessThanOrEqual(800);
      expect.soft(markBottom, `${path}: the article's words on the first screen at 1280×800`).toBeLessThanOrEqual(800);
      expect.soft(facts.asideGap, `${path}: the sources beside the explanation at 1280 px`).toBeGreaterThanOrEqual(0);
      expect.soft(facts.findingFirst, `${path}: the finding before the status's definition`).toBe(true);
      // The dated list: a date for every row, and nothing listed twice.
      expect.soft(facts.datedRows.length, `${path}: rows in the dated list`).toBeGreaterThan(0);
      expect.soft(facts.datedRows, `${path}: listed twice`).toEqual([...new Set(facts.datedRows)]);
      for (const date of facts.datedDates) expect.soft(date, `${path}: a row's date`).toMatch(/\d{4}|undated/);
      // Headings written for readers: each starts with a capital.
      for (const heading of facts.headings) expect.soft(heading, `${path}: heading`).toMatch(/^[A-Z0-9“‘]/);
      // No chart where every figure is the same.
      if (facts.figureValues.length > 0 && new Set(facts.figureValues).size === 1) {
        expect.soft(facts.figureBars, `${path}: a chart of equal figures`).toBe(0);
      }
      // The status word on the first screen of a phone (390×844): the layout is the stylesheet's, so a resize will do.
      await page.setViewportSize({ width: 390, height: 844 });
      const phoneBottom = await page.evaluate(
        () => document.querySelector('.verdict-word')!.getBoundingClientRect().bottom,
      );
      expect.soft(phoneBottom, `${path}: the status word on the first screen at 390×844`).toBeLessThanOrEqual(844);
      expect.soft(facts.status, `${path}: the status`).toEqual([status.label]);
      expect.soft(facts.meaning, `${path}: the status's meaning`).toHaveLength(1);
      if ((NON_VERDICT_STATUSES as readonly string[]).includes(claim.status)) {
        expect.soft(facts.meaning[0], `${path}: what the note does instead of a verdict`).toMatch(/^No verdict/);
      } else {
        expect
          .soft(facts.meaning[0], `${path}: the status's meaning`)
          .toContain(status.meaning.replace(/\s+/g, ' ').trim());
      }
      expect.soft(facts.bottomLine, `${path}: the bottom line`).toHaveLength(1);
      if (claim.bottomLine) {
        expect
          .soft(facts.bottomLine[0], `${path}: the editors' bottom line`)
          .toBe(`In short: ${curly(claim.bottomLine.replace(/\s+/g, ' ').trim())}`);
      }
      expect.soft(facts.reviewed[0], `${path}: last reviewed`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
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
      // Every source once: numbered, and linked to its address exactly once on the page.
      expect.soft(facts.numbered.length, `${path}: sources`).toBe(claim.sources.length);
      claim.sources.forEach((id, i) =>
        expect.soft(facts.linksPerSource[i], `${path}: links to ${id} (${urls.get(id)})`).toBe(1),
      );
      // The other sections refer to a source by its number, and the number leads to it.
      for (const ref of facts.numberRefs) expect.soft(facts.numbered, `${path}: ${ref}`).toContain(ref!.slice(1));
      // Corrections, in readers' words: the section is there, and no commit subject is quoted as a reason.
      expect.soft(facts.corrections, `${path}: corrections`).toHaveLength(1);
      expect.soft(facts.corrections[0], `${path}: corrections`).not.toContain('Reason given');
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

// One browser page for both (a test of its own cost about a second in starting one). Search needs
// JavaScript, which the desktop project has.
test(
  'the claims index links to every claim page; the sitemap lists them; search finds a claim page by the claim’s words',
  { tag: '@desktop' },
  async ({ page, request }) => {
    await step('the claims index links to every claim page; the sitemap lists them', async () => {
      await page.goto('/claims/');
      const hrefs = await page
        .locator('.claim-item-page')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect.soft(hrefs.sort()).toEqual(allClaims.map((c) => `/claims/${c.id}/`).sort());
      const sitemap = await (await request.get('/sitemap-0.xml')).text();
      for (const claim of allClaims) expect.soft(sitemap, claim.id).toContain(`/claims/${claim.id}/</loc>`);
    });

    await step('search finds a claim page by the claim’s words', async () => {
      const claim = allClaims.find((c) => c.id === 'coalition-missed-4000') ?? allClaims[0]!;
      await page.goto(`/search/?q=${encodeURIComponent('surveillance capabilities')}`);
      const results = page.locator('.search-result-title a');
      await expect(results.first()).toBeVisible();
      const paths = await results.evaluateAll((links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(paths).toContain(`/claims/${claim.id}/`);
    });
  },
);
