/** The article page (/articles/<id>/): the text as scraped, the notes and their links, the speaker cards. */
import { expect, test } from '@playwright/test';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { compareArticleText, readArticleMarkup, readArticleText } from '~/article/fidelity.ts';
import { articles, collectionIds } from './content.ts';

const statusLabels = Object.values(CLAIM_STATUSES).map((s) => s.label);

// No request to another origin: e2e/privacy.spec.ts records every request of every page, this one included.

for (const article of articles()) {
  test.describe(`article ${article.id}`, () => {
    test('renders the headline, the dateline and the article text exactly as the scrape has it', async ({ page }) => {
      const response = await page.goto(article.path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
      await expect(page.locator(`header time[datetime="${article.published}"]`)).toBeVisible();
      const text = await page.locator('[data-article-text]').evaluate(readArticleText);
      expect(compareArticleText(article.paragraphs, text)).toEqual([]);
      expect(await page.locator('[data-article-text]').evaluate(readArticleMarkup)).toEqual([]);
      await expect(page.locator('[data-article-text] p').first()).toBeVisible();
    });

    test('every claim reference leads to its note, and the note leads back', async ({ page }) => {
      test.slow(); // It walks every reference in the article.
      await page.goto(article.path);
      const markers = page.locator('[data-article-text] sup.claim-ref');
      const count = await markers.count();
      expect(count).toBeGreaterThanOrEqual(collectionIds('claims').length);
      for (let i = 0; i < count; i += 1) {
        const marker = markers.nth(i);
        const markerId = await marker.getAttribute('id');
        const link = marker.locator('a.ref-link');
        const href = await link.getAttribute('href');
        expect(href).toMatch(/^#claim-[a-z0-9-]+$/);
        // Wide screens and browsers without popovers show the link; phones
        // with popovers show a button whose short note links to the full one.
        if (await link.isVisible()) {
          await link.click();
        } else {
          await marker.locator('button.ref-button').click();
          const popover = page.locator(`#${await marker.locator('button').getAttribute('popovertarget')}`);
          await expect(popover).toBeVisible();
          await popover.locator(`a[href="${href}"]`).click();
          await page.keyboard.press('Escape');
        }
        await expect(page).toHaveURL(new RegExp(`${href}$`));
        const note = page.locator(href!);
        await expect(note).toBeInViewport();
        await expect(note.locator('.claim-note-head .status')).toHaveText(new RegExp(`^(${statusLabels.join('|')})$`));
        await expect(note.getByText(/^Claim by /)).toBeVisible();
        // The sources are cited in full on the claim's own page; the note links there and counts them.
        const claimId = href!.replace(/^#claim-/, '');
        const toSources = note.locator(`a[href="/claims/${claimId}/"]`);
        await expect(toSources).toHaveCount(1);
        await expect(toSources).toHaveText(/ [1-9]\d* sources?$/);
        const back = note.locator(`a[href="#${markerId}"]`);
        await expect(back).toHaveCount(1);
        await back.click();
        await expect(page).toHaveURL(new RegExp(`#${markerId}$`));
        await expect(marker).toBeInViewport();
      }
    });

    test('numbers the notes in reading order and gives every claim in the collection a note', async ({ page }) => {
      await page.goto(article.path);
      const numbers = await page.locator('[data-article-text] sup.claim-ref a.ref-link').allTextContents();
      const firstSeen = [...new Set(numbers.map((n) => n.replace(/^Note /, '')))];
      expect(firstSeen).toEqual(firstSeen.map((_, i) => String(i + 1)));
      const notes = page.locator('.claim-notes > ol > li');
      await expect(notes).toHaveCount(collectionIds('claims').length);
      const noteIds = await notes.evaluateAll((items) => items.map((li) => li.id.replace(/^claim-/, '')));
      expect([...noteIds].sort()).toEqual(collectionIds('claims').sort());
    });

    test('each speaker label links to a speaker card with sourced facts', async ({ page }) => {
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
        const facts = page.locator('.speaker-card .speaker-facts > li');
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

    test('fits a narrow screen without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(article.path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
