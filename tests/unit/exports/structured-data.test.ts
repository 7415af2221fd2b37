import { describe, expect, it } from 'vitest';
import { CLAIM_STATUS_IDS, NON_VERDICT_STATUSES, isVerdict, needsSettle } from '~/model/statuses.ts';
import {
  articleGraph,
  claimReviewGraph,
  claimReview,
  serializeJsonLd,
  type ReviewedClaim,
} from '~/exports/structured-data.ts';

const original = {
  url: 'https://example.org/original',
  headline: 'The headline',
  datePublished: '2016-12-12',
  publisher: 'RT',
};
const edition = { name: 'Annotated edition', url: 'https://edition.example/' };
const claim = (overrides: Partial<ReviewedClaim> = {}): ReviewedClaim => ({
  id: 'c1',
  claim: 'Someone says something checkable.',
  status: 'disputed',
  explanation: 'Sources disagree.',
  speaker: { name: 'Peter Ford', kind: 'person' },
  url: 'https://edition.example/articles/a/#claim-c1',
  datePublished: '2026-01-02T03:04:05+00:00',
  dateModified: '2026-02-03T04:05:06+00:00',
  ...overrides,
});

describe('verdict statuses', () => {
  it('counts opinion, context and speculation as no verdict, and the rest as verdicts', () => {
    expect([...NON_VERDICT_STATUSES].sort()).toEqual(['context', 'opinion', 'speculation']);
    expect(CLAIM_STATUS_IDS.filter(isVerdict)).toEqual([
      'supported',
      'partly-supported',
      'unverified',
      'disputed',
      'contradicted',
      'outdated',
    ]);
  });

  it('asks a settle sentence of unverified and disputed claims only', () => {
    expect(CLAIM_STATUS_IDS.filter(needsSettle)).toEqual(['unverified', 'disputed']);
  });
});

describe('claimReview', () => {
  it('has the fields a ClaimReview needs', () => {
    const review = claimReview(claim(), original, edition) as Record<string, any>;
    expect(review['@type']).toBe('ClaimReview');
    expect(review.claimReviewed).toBe('Someone says something checkable.');
    expect(review.itemReviewed).toMatchObject({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Peter Ford' },
      appearance: {
        url: original.url,
        headline: original.headline,
        datePublished: '2016-12-12',
        publisher: { name: 'RT' },
      },
    });
    expect(review.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: 'Disputed' });
    expect(review.author).toEqual({ '@type': 'Organization', name: edition.name, url: edition.url });
    expect(review.datePublished).toBe('2026-01-02T03:04:05+00:00');
    expect(review.url).toBe('https://edition.example/articles/a/#claim-c1');
  });

  it('makes an organization the author of its claims', () => {
    const review = claimReview(claim({ speaker: { name: 'RT', kind: 'organization' } }), original, edition) as Record<
      string,
      any
    >;
    expect(review.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'RT' });
  });

  it('refuses a claim whose status is not a verdict', () => {
    expect(() => claimReview(claim({ status: 'opinion' }), original, edition)).toThrow(/not a verdict/);
  });
});

describe('articleGraph', () => {
  it('has the edition as an Article based on the original, and nothing else', () => {
    const graph = articleGraph(
      { url: 'https://edition.example/articles/a/', headline: 'The headline', description: 'Annotated.' },
      original,
      edition,
    ) as unknown as { '@context': string; '@graph': Record<string, any>[] };
    expect(graph['@context']).toBe('https://schema.org');
    expect(graph['@graph']).toHaveLength(1);
    expect(graph['@graph'][0]).toMatchObject({
      '@type': 'Article',
      headline: 'The headline',
      citation: original.url,
      isBasedOn: { '@type': 'NewsArticle', url: original.url, datePublished: '2016-12-12', publisher: { name: 'RT' } },
    });
  });
});

describe('claimReviewGraph', () => {
  it('reviews only the claims with a verdict, in order, each against its own original', () => {
    const other = { ...original, url: 'https://www.rt.com/op-ed/2/', headline: 'Another' };
    const graph = claimReviewGraph(
      [
        { claim: claim(), original },
        { claim: claim({ id: 'c2', status: 'speculation' }), original },
        { claim: claim({ id: 'c3', status: 'supported' }), original: other },
      ],
      edition,
    ) as unknown as { '@context': string; '@graph': Record<string, any>[] };
    expect(graph['@context']).toBe('https://schema.org');
    expect(graph['@graph'].map((r) => r['@type'])).toEqual(['ClaimReview', 'ClaimReview']);
    expect(graph['@graph'].map((r) => r.reviewRating.alternateName)).toEqual(['Disputed', 'Supported']);
    expect(graph['@graph'].map((r) => r.itemReviewed.appearance.url)).toEqual([original.url, other.url]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element, and parses back to the same data', () => {
    const data = { text: 'a </script><script>alert(1)</script> & <!-- b -->' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});
