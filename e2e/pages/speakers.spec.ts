/**
 * The speakers index (/speakers/) and a page per speaker (/speakers/<id>/). A speaker page's static
 * facts are read in one call into the page and checked here; one test walks every speaker's page (a test
 * per page spent most of its time starting a browser context), each assertion naming the speaker.
 */
import { expect, test } from '@playwright/test';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { curly } from '~/site/typography.ts';
import { articleIds, expectArticleAnchors } from '../support/article-links.ts';
import { step } from '../support/shared-page.ts';
import { claims, speakers } from '../support/content.ts';

const allClaims = claims();

test.describe('speaker pages', () => {
  // One browser page for both (a test of its own cost about a second in starting one).
  test(`${speakers()
    .map((s) => s.id)
    .join(
      ', ',
    )}: the card and every claim the speaker makes; claim links on a speaker page go to the article notes; the speakers index and the article’s speaker labels lead to the pages`, async ({
    page,
  }) => {
    await step('each speaker’s page: the card and every claim the speaker makes', async () => {
      const articleTargets = await articleIds(page);
      const fordLinks: (string | null)[] = [];
      for (const speaker of speakers()) {
        const at = `/speakers/${speaker.id}/`;
        await page.goto(`/speakers/${speaker.id}/`);
        await expect.soft(page.getByRole('heading', { level: 1 }), at).toHaveText(speaker.name);
        await expect.soft(page.locator(`.speaker-profile#speaker-${speaker.id}`), at).toHaveCount(1);
        // The page opens with the name once, then at once who they are: no empty block, no card repeating the name.
        const opening = await page.evaluate((name) => {
          const h1 = document.querySelector('h1')!;
          const next = document.querySelector('.speaker-profile .speaker-role')!;
          const main = document.querySelector('main')!;
          return {
            gap: next.getBoundingClientRect().top - h1.getBoundingClientRect().bottom,
            namedHeadings: Array.from(main.querySelectorAll('h1, h2, h3, h4')).filter((h) =>
              (h.textContent ?? '').includes(name),
            ).length,
            panels: Array.from(main.querySelectorAll('*')).filter((el) => {
              const style = getComputedStyle(el);
              return (
                style.backgroundColor !== 'rgba(0, 0, 0, 0)' &&
                el.getBoundingClientRect().top < next.getBoundingClientRect().top
              );
            }).length,
          };
        }, speaker.name);
        expect.soft(opening.namedHeadings, `${at}: headings that name the speaker`).toBe(1);
        expect.soft(opening.gap, `${at}: space between the name and who they are`).toBeLessThan(40);
        expect.soft(opening.panels, `${at}: a block drawn before who they are`).toBe(0);
        const theirs = allClaims.filter((c) => c.speaker === speaker.id);
        // Read in one call into the page (it is static once loaded), then checked here.
        const { items, ids, cardLinks, claimLinks } = await page.evaluate(() => {
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
            claimLinks: Array.from(document.querySelectorAll('.claim-item-text a')).map((a) => a.getAttribute('href')),
          };
        });
        expect.soft(items, at).toHaveLength(theirs.length);
        for (const claim of theirs) {
          expect
            .soft(
              ids.filter((id) => id === `claim-${claim.id}`),
              `${at}: ${claim.id}`,
            )
            .toHaveLength(1);
          const item = items.find((i) => i.id === `claim-${claim.id}`);
          expect
            .soft(item?.label, `${at}: ${claim.id}`)
            .toEqual([CLAIM_STATUSES[claim.status as keyof typeof CLAIM_STATUSES].label]);
          expect.soft(item?.claim, `${at}: ${claim.id}`).toEqual([curly(claim.claim.replace(/\s+/g, ' ').trim())]);
        }
        // The card's note numbers lead to the claims on the same page.
        for (const href of cardLinks) {
          expect.soft(href, `${at}: a note number on the card`).toMatch(/^#/);
          expect
            .soft(
              items.filter((i) => i.id === href.slice(1)),
              `${at}: ${href}`,
            )
            .toHaveLength(1);
        }
        if (speaker.id === 'peter-ford') fordLinks.push(...claimLinks);
      }
      // Claim links on a speaker page go to the article notes.
      expectArticleAnchors(fordLinks, articleTargets);
    });

    await step('the speakers index and the article’s speaker labels lead to the pages', async () => {
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
  });
});
