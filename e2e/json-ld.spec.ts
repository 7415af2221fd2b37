/** schema.org JSON-LD: the article page's Article and each claim page's own ClaimReview. */
import { expect, test } from '@playwright/test';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { article } from './article-links.ts';
import { claims, speakers } from './content.ts';

const allClaims = claims();
const NON_VERDICTS = new Set(['opinion', 'context', 'speculation']);

test.describe('machine-readable data', () => {
  test(
    'JSON-LD parses: the article page’s Article citing the original; each claim page’s own ClaimReview, per verdict',
    { tag: '@desktop' },
    async ({ page }) => {
      // Visits every claim page: more than the default time on a busy machine.
      test.slow();
      const jsonLd = async () => {
        const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
        expect(blocks).toHaveLength(1);
        const graph = JSON.parse(blocks[0]!) as { '@context': string; '@graph': Record<string, any>[] };
        expect(graph['@context']).toBe('https://schema.org');
        return graph['@graph'];
      };
      await page.goto(article.path);
      const onArticle = await jsonLd();
      expect(onArticle.map((n) => n['@type'])).toEqual(['Article']);
      const edition = onArticle[0]!;
      const originalUrl = await page.locator('.original a').getAttribute('href');
      expect(edition.isBasedOn).toMatchObject({
        url: originalUrl,
        headline: article.title,
        datePublished: article.published,
        publisher: { name: 'RT' },
      });
      expect(edition.citation).toBe(originalUrl);
      // Each claim has a note in the article, and the note links to the claim's page.
      const noteIds = await page.locator('.claim-note').evaluateAll((notes) => notes.map((n) => n.id));

      // The claims index carries no copy of the reviews: each claim page carries its own.
      await page.goto('/claims/');
      await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
      const verdicts = allClaims.filter((c) => !NON_VERDICTS.has(c.status));
      expect(verdicts.length).toBeGreaterThan(0);
      const people = new Map(speakers().map((s) => [s.id, s.name]));
      for (const claim of allClaims.filter((c) => NON_VERDICTS.has(c.status))) {
        await page.goto(`/claims/${claim.id}/`);
        await expect(page.locator('script[type="application/ld+json"]'), claim.id).toHaveCount(0);
      }
      for (const claim of verdicts) {
        await page.goto(`/claims/${claim.id}/`);
        const reviews = await jsonLd();
        expect(reviews, claim.id).toHaveLength(1);
        const review = reviews[0]!;
        expect(review['@type']).toBe('ClaimReview');
        expect(new URL(review.url).pathname).toBe(`/claims/${claim.id}/`);
        expect(noteIds).toContain(`claim-${claim.id}`);
        expect(review.claimReviewed).toBe(claim.claim);
        expect(review.itemReviewed['@type']).toBe('Claim');
        expect(review.itemReviewed.author.name).toBe(people.get(claim.speaker));
        expect(['Person', 'Organization']).toContain(review.itemReviewed.author['@type']);
        expect(review.itemReviewed.appearance.url).toBe(originalUrl);
        expect(review.reviewRating.alternateName).toBe(
          CLAIM_STATUSES[claim.status as keyof typeof CLAIM_STATUSES].label,
        );
        expect(review.author).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
        expect(Number.isNaN(Date.parse(review.datePublished))).toBe(false);
        expect(Date.parse(review.datePublished)).toBeLessThanOrEqual(Date.now());
      }
    },
  );
});
