/** The speakers index (/speakers/) and a page per speaker (/speakers/<id>/). */
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
      const items = page.locator('.claim-item');
      await expect(items).toHaveCount(theirs.length);
      for (const claim of theirs) {
        await expect(page.locator(`#claim-${claim.id} .status`)).toHaveText(
          CLAIM_STATUSES[claim.status as keyof typeof CLAIM_STATUSES].label,
        );
        await expect(page.locator(`#claim-${claim.id} .claim-item-text a`)).toHaveText(claim.claim);
      }
      // The card's note numbers lead to the claims on the same page.
      for (const link of await page.locator('.speaker-claims a').all()) {
        await expect(page.locator(`${await link.getAttribute('href')}.claim-item`)).toHaveCount(1);
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
