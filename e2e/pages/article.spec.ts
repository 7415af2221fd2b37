/**
 * The article page (/articles/<id>/): the text as scraped, the notes and their links, the speaker cards. The
 * checks share two tests, one step each on one browser page reset between steps (e2e/support/shared-page.ts): a
 * test of its own spent about a second on its browser page (issue 24).
 */
import { expect, test } from '@playwright/test';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { compareArticleText, readArticleMarkup, readArticleText } from '~/article/fidelity.ts';
import { articles, claims, collectionIds } from '../support/content.ts';
import { resetPage, step } from '../support/shared-page.ts';

const statusLabels = Object.values(CLAIM_STATUSES).map((s) => s.label);
const allClaims = claims();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// No request to another origin: e2e/gates/every-page.spec.ts records every request of every page, this one included.

for (const article of articles()) {
  test.describe(`article ${article.id}`, () => {
    test('the text as scraped, and the notes, their numbers and their links both ways', async ({ page }) => {
      await step(
        'renders the headline, the dateline and the article text exactly as the scrape has it; numbers the notes in reading order and gives every claim in the collection a note',
        async () => {
          await resetPage(page);
          const response = await page.goto(article.path);
          expect.soft(response?.status()).toBe(200);
          await expect.soft(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
          await expect.soft(page.locator(`header time[datetime="${article.published}"]`)).toBeVisible();
          const text = await page.locator('[data-article-text]').evaluate(readArticleText);
          expect.soft(compareArticleText(article.paragraphs, text)).toEqual([]);
          expect.soft(await page.locator('[data-article-text]').evaluate(readArticleMarkup)).toEqual([]);
          await expect.soft(page.locator('[data-article-text] p').first()).toBeVisible();
          // The notes, on the same load.
          const numbers = await page.locator('[data-article-text] [data-note-mark] a').allTextContents();
          // The number, after the word joiner that glues it to the word before.
          const firstSeen = [...new Set(numbers.map((n) => n.replace(/\D/g, '')))];
          expect.soft(firstSeen).toEqual(firstSeen.map((_, i) => String(i + 1)));
          const notes = page.locator('.claim-notes > ol > li');
          await expect.soft(notes).toHaveCount(collectionIds('claims').length);
          const noteIds = await notes.evaluateAll((items) => items.map((li) => li.id.replace(/^claim-/, '')));
          expect.soft([...noteIds].sort()).toEqual(collectionIds('claims').sort());
        },
      );

      await step('every claim reference leads to its note, and the note leads back', async () => {
        await resetPage(page);
        await page.goto(article.path);
        // Every reference and its note, read and followed in one call into the page: the links' targets,
        // and where a fragment navigation to each target (what a click on the link does) scrolls.
        const refs = await page.locator('[data-article-text] [data-note-mark]').evaluateAll((markers) => {
          const shown = (el: Element | null) => !!el && el.checkVisibility({ visibilityProperty: true });
          const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
          const inViewport = (el: Element | null) => {
            const r = el?.getBoundingClientRect();
            return !!r && r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0;
          };
          const follow = (hash: string) => {
            location.hash = hash;
            const target = document.querySelector(hash);
            return { url: location.hash, target: !!target?.matches(':target'), inViewport: inViewport(target) };
          };
          return markers.map((marker) => {
            const link = marker.querySelector('a');
            const href = link?.getAttribute('href') ?? '';
            const note = /^#claim-[a-z0-9-]+$/.test(href) ? document.querySelector(href) : null;
            const claimId = href.replace(/^#claim-/, '');
            const toSources = note ? Array.from(note.querySelectorAll(`a[href="/claims/${claimId}/"]`)) : [];
            const facts = {
              markerId: marker.id,
              number: (marker as HTMLElement).dataset['noteMark'],
              href,
              linkShown: shown(link),
              note: !!note,
              status: text(note?.querySelector('.claim-note-head .status')),
              // The endnote begins with the claim it is about, shown.
              begins: text(note?.firstElementChild),
              beginsShown: shown(note?.firstElementChild ?? null),
              name: link?.getAttribute('aria-label') ?? '',
              toSources: toSources.map(text),
              backLinks: note ? note.querySelectorAll(`a[href="#${marker.id}"]`).length : 0,
            };
            return { ...facts, there: note ? follow(href) : null, back: note ? follow(`#${marker.id}`) : null };
          });
        });
        expect(refs.length).toBeGreaterThanOrEqual(collectionIds('claims').length);
        const label = new RegExp(`^(${statusLabels.join('|')})$`);
        for (const ref of refs) {
          const at = `mark ${ref.markerId} (${ref.href})`;
          expect.soft(ref.href, at).toMatch(/^#claim-[a-z0-9-]+$/);
          // Every width shows the number as a link to the full note (with JavaScript it opens the note in place).
          expect.soft(ref.linkShown, `${at}: its link shows`).toBe(true);
          expect.soft(ref.note, `${at}: the note`).toBe(true);
          expect.soft(ref.there, `${at}: following the link lands on the note, in view`).toEqual({
            url: ref.href,
            target: true,
            inViewport: true,
          });
          expect.soft(ref.status, `${at}: the note's status`).toMatch(label);
          const claim = allClaims.find((c) => `#claim-${c.id}` === ref.href);
          expect
            .soft(ref.begins, `${at}: the endnote begins with its claim`)
            .toMatch(new RegExp(`^(\\S.*: )?${escape(claim?.claim.replace(/\s+/g, ' ') ?? '∅')}$`));
          expect.soft(ref.beginsShown, `${at}: the claim shown at the endnote's head`).toBe(true);
          // The mark's accessible name gives its number and the claim's status.
          expect
            .soft(ref.name, `${at}: the mark's name`)
            .toBe(`Note ${ref.number}, ${CLAIM_STATUSES[claim?.status as keyof typeof CLAIM_STATUSES]?.label}`);
          // The sources are cited in full on the claim's own page; the note links there and counts them.
          expect.soft(ref.toSources, `${at}: the link to the claim's page`).toHaveLength(1);
          expect.soft(ref.toSources[0], `${at}: the link to the claim's page`).toMatch(/ [1-9]\d* sources?$/);
          expect.soft(ref.backLinks, `${at}: the note's link back to the mark`).toBe(1);
          expect.soft(ref.back, `${at}: following the link back lands on the mark, in view`).toEqual({
            url: `#${ref.markerId}`,
            target: true,
            inViewport: true,
          });
        }

        // One real click each way proves the links work as the reader uses them: without JavaScript the mark
        // leads to the full note (with it, the mark opens the note in place: e2e/pages/reading.spec.ts).
        await page.goto(article.path);
        const first = refs[0]!;
        if (test.info().project.use.javaScriptEnabled === false) {
          await page.locator('[data-article-text] [data-note-mark] a').first().click();
        } else {
          await page.goto(`${article.path}${first.href}`);
        }
        await expect(page).toHaveURL(new RegExp(`${first.href}$`));
        const note = page.locator(first.href);
        await expect(note).toBeInViewport();
        await note.locator(`a[href="#${first.markerId}"]`).click();
        await expect(page).toHaveURL(new RegExp(`#${first.markerId}$`));
        await expect(page.locator(`#${first.markerId}`)).toBeInViewport();
      });
    });

    test('each speaker label leads to a card with sourced facts; the page fits a narrow screen', async ({ page }) => {
      await step('each speaker label links to a speaker card with sourced facts', async () => {
        await resetPage(page);
        await page.goto(article.path);
        const labels = page.locator('[data-article-text] a.speaker-label');
        expect(await labels.count()).toBeGreaterThan(0);
        for (const label of await labels.all()) {
          const href = await label.getAttribute('href');
          await expect(page.locator(`${href}.speaker-card`)).toHaveCount(1);
        }
        const cards = page.locator('.speaker-card');
        await expect(cards).toHaveCount(article.speakers.length);
        for (const card of await cards.all()) {
          await expect(card.getByRole('heading', { level: 3 })).not.toBeEmpty();
          await expect(card.locator('.speaker-role')).toContainText('In the article:');
          await expect(card.locator('.speaker-more a')).toHaveAttribute('href', /^\/speakers\/[a-z0-9-]+\/$/);
        }
        // What the article leaves out about each speaker, with sourced facts, is a link away: on their page.
        const speakerPages = await cards
          .locator('.speaker-more a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
        for (const speakerPage of speakerPages) {
          await page.goto(speakerPage);
          const facts = page.locator('.speaker-profile .speaker-facts > li');
          expect(await facts.count()).toBeGreaterThan(0);
          for (const fact of await facts.all()) {
            const links = fact.locator('cite a');
            expect(await links.count()).toBeGreaterThan(0);
            for (const link of await links.all()) expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
          }
        }
        await page.goto(article.path);
        await labels.first().click();
        await expect(page.locator('.speaker-card:target')).toBeInViewport();
      });

      await step('fits a narrow screen without sideways scrolling', async () => {
        await resetPage(page);
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(article.path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect.soft(overflow, `${article.path} at 320 px: pixels to scroll sideways`).toBeLessThanOrEqual(0);
      });
    });
  });
}
