/** schema.org JSON-LD: the article page's Article and each claim page's own ClaimReview. */
import { expect, test } from '@playwright/test';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { article } from '../support/article-links.ts';
import { claims, speakers } from '../support/content.ts';

const allClaims = claims();
const NON_VERDICTS = new Set(['opinion', 'context', 'speculation']);

test.describe('machine-readable data', () => {
  test(
    'JSON-LD parses: the article page’s Article citing the original; each claim page’s own ClaimReview, per verdict',
    { tag: '@desktop' },
    async ({ page }) => {
      const parse = (blocks: string[], at: string) => {
        expect(blocks, at).toHaveLength(1);
        const graph = JSON.parse(blocks[0]!) as { '@context': string; '@graph': Record<string, any>[] };
        expect(graph['@context'], at).toBe('https://schema.org');
        return graph['@graph'];
      };
      const jsonLd = async () =>
        parse(await page.locator('script[type="application/ld+json"]').allTextContents(), page.url());
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
      // Every claim page's JSON-LD, as served, read in one call into the page (it is static).
      const blocksOf = new Map(
        await page.evaluate(
          (ids) =>
            Promise.all(
              ids.map(async (id): Promise<[string, string[]]> => {
                const doc = new DOMParser().parseFromString(await (await fetch(`/claims/${id}/`)).text(), 'text/html');
                const blocks = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
                return [id, blocks.map((b) => b.textContent ?? '')];
              }),
            ),
          allClaims.map((c) => c.id),
        ),
      );
      for (const claim of allClaims.filter((c) => NON_VERDICTS.has(c.status))) {
        expect.soft(blocksOf.get(claim.id), claim.id).toEqual([]);
      }
      for (const claim of verdicts) {
        const reviews = parse(blocksOf.get(claim.id) ?? [], `/claims/${claim.id}/`);
        expect(reviews, claim.id).toHaveLength(1);
        const review = reviews[0]!;
        expect(review['@type'], claim.id).toBe('ClaimReview');
        expect(new URL(review.url).pathname, claim.id).toBe(`/claims/${claim.id}/`);
        expect(noteIds, claim.id).toContain(`claim-${claim.id}`);
        expect(review.claimReviewed, claim.id).toBe(claim.claim);
        expect(review.itemReviewed['@type'], claim.id).toBe('Claim');
        expect(review.itemReviewed.author.name, claim.id).toBe(people.get(claim.speaker));
        expect(['Person', 'Organization'], claim.id).toContain(review.itemReviewed.author['@type']);
        expect(review.itemReviewed.appearance.url, claim.id).toBe(originalUrl);
        expect(review.reviewRating.alternateName, claim.id).toBe(
          CLAIM_STATUSES[claim.status as keyof typeof CLAIM_STATUSES].label,
        );
        expect(review.author, claim.id).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
        expect(Number.isNaN(Date.parse(review.datePublished)), claim.id).toBe(false);
        expect(Date.parse(review.datePublished), claim.id).toBeLessThanOrEqual(Date.now());
      }
    },
  );
});
