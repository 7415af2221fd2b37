/**
 * The speakers index (/speakers/) and a page per speaker (/speakers/<id>/). A speaker page's static
 * facts are read in one call into the page and checked here.
 */
import { expect, test } from '@playwright/test';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { articleIds, expectArticleAnchors } from './article-links.ts';
import { claims, speakers } from './content.ts';

const allClaims = claims();

test.describe('speaker pages', () => {
  for (const speaker of speakers()) {
    test(`${speaker.id}: the card and every claim the speaker makes`, async ({ page }) => {
      await page.goto(`/speakers/${speaker.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(speaker.name);
      await expect(page.locator(`.speaker-card#speaker-${speaker.id}`)).toHaveCount(1);
      const theirs = allClaims.filter((c) => c.speaker === speaker.id);
      // Read in one call into the page (it is static once loaded), then checked here.
      const { items, ids, cardLinks } = await page.evaluate(() => {
        const texts = (root: Element, selector: string) =>
          Array.from(root.querySelectorAll(selector)).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
        return {
          items: Array.from(document.querySelectorAll('.claim-item')).map((el) => ({
            id: el.id,
            label: texts(el, '.status'),
            claim: texts(el, '.claim-item-text a'),
          })),
          ids: Array.from(document.querySelectorAll('[id]')).map((e) => e.id),
          cardLinks: Array.from(document.querySelectorAll('.speaker-claims a')).map(
            (a) => a.getAttribute('href') ?? '',
          ),
        };
      });
      expect(items).toHaveLength(theirs.length);
      for (const claim of theirs) {
        expect(
          ids.filter((id) => id === `claim-${claim.id}`),
          claim.id,
        ).toHaveLength(1);
        const item = items.find((i) => i.id === `claim-${claim.id}`);
        expect(item?.label, claim.id).toEqual([CLAIM_STATUSES[claim.status as keyof typeof CLAIM_STATUSES].label]);
        expect(item?.claim, claim.id).toEqual([claim.claim.replace(/\s+/g, ' ').trim()]);
      }
      // The card's note numbers lead to the claims on the same page.
      for (const href of cardLinks) {
        expect(href, 'a note number on the card').toMatch(/^#/);
        expect(
          items.filter((i) => i.id === href.slice(1)),
          href,
        ).toHaveLength(1);
      }
    });
  }

  test('the speakers index and the article’s speaker labels lead to the pages', async ({ page }) => {
    await page.goto('/speakers/');
    for (const speaker of speakers()) {
      await expect(page.getByRole('link', { name: speaker.name, exact: true })).toHaveAttribute(
        'href',
        `/speakers/${speaker.id}/`,
      );
    }
    await page.getByRole('link', { name: speakers()[0]!.name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(speakers()[0]!.name);
  });

  test('claim links on a speaker page go to the article notes', async ({ page }) => {
    const ids = await articleIds(page);
    await page.goto('/speakers/peter-ford/');
    expectArticleAnchors(
      await page.locator('.claim-item-text a').evaluateAll((a) => a.map((l) => l.getAttribute('href'))),
      ids,
    );
  });
});
