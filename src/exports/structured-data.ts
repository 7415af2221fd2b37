/**
 * schema.org JSON-LD: on the article page, the annotated edition as an
 * Article based on the original; on each claim's own page (/claims/<id>/),
 * the ClaimReview of that claim when its status is a verdict on the claim
 * (the review's `url` is that page).
 */
import type { Article, ClaimReview, Graph, NewsArticle, Organization, Person } from 'schema-dts';
import { CLAIM_STATUSES, type ClaimStatus, isVerdict } from '~/model/statuses.ts';
import { AstroError } from 'astro/errors';

// The verdict vocabulary lives in ~/model/statuses.ts; re-exported here only
// for the pages that still import it from this module (src/pages is being
// edited on other branches; re-point them there and drop this line).
export { NON_VERDICT_STATUSES, VERDICT_STATUSES, isVerdict } from '~/model/statuses.ts';

export interface Party {
  name: string;
  kind: 'person' | 'organization';
  url?: string | undefined;
}

export interface OriginalArticle {
  url: string;
  headline: string;
  /** The publication date as the original gives it (ISO 8601, no time zone assumed). */
  datePublished: string;
  /** The outlet, as an organization. */
  publisher: string;
}

export interface EditionInfo {
  /** The edition as the author of the reviews and publisher of the pages. */
  name: string;
  url: string;
}

export interface ReviewedClaim {
  id: string;
  /** The claim restated in one neutral sentence. */
  claim: string;
  status: ClaimStatus;
  explanation: string;
  speaker: Party;
  /** The claim page's absolute address. */
  url: string;
  /** ISO 8601: when the review was first published and last changed. */
  datePublished: string;
  dateModified: string;
}

function party(p: Party): Person | Organization {
  const base = { name: p.name, ...(p.url ? { url: p.url } : {}) };
  return p.kind === 'person' ? { '@type': 'Person', ...base } : { '@type': 'Organization', ...base };
}

function organization(name: string, url?: string): Organization {
  return { '@type': 'Organization', name, ...(url ? { url } : {}) };
}

function originalWork(original: OriginalArticle): NewsArticle {
  return {
    '@type': 'NewsArticle',
    url: original.url,
    headline: original.headline,
    datePublished: original.datePublished,
    publisher: organization(original.publisher),
  };
}

/** A ClaimReview for a claim whose status is a verdict; throws for the others. */
export function claimReview(claim: ReviewedClaim, original: OriginalArticle, edition: EditionInfo): ClaimReview {
  if (!isVerdict(claim.status)) {
    throw new AstroError(
      `content/claims/${claim.id}.yaml → status: claim "${claim.id}" has the status "${claim.status}", which is not a verdict; it gets no ClaimReview`,
      'Only claims with a verdict status get a ClaimReview; this is a bug in the page that asked for one.',
    );
  }
  return {
    '@type': 'ClaimReview',
    url: claim.url,
    claimReviewed: claim.claim,
    itemReviewed: {
      '@type': 'Claim',
      author: party(claim.speaker),
      appearance: originalWork(original),
      firstAppearance: originalWork(original),
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: CLAIM_STATUSES[claim.status].label,
      ratingExplanation: claim.explanation,
    },
    reviewBody: claim.explanation,
    author: organization(edition.name, edition.url),
    datePublished: claim.datePublished,
    dateModified: claim.dateModified,
    inLanguage: 'en',
  };
}

export interface EditionPage {
  url: string;
  headline: string;
  description: string;
}

/** The annotated edition: an Article based on, and citing, the original. */
export function editionArticle(page: EditionPage, original: OriginalArticle, edition: EditionInfo): Article {
  return {
    '@type': 'Article',
    url: page.url,
    mainEntityOfPage: page.url,
    headline: page.headline,
    description: page.description,
    inLanguage: 'en',
    isBasedOn: originalWork(original),
    citation: original.url,
    publisher: organization(edition.name, edition.url),
    author: organization(edition.name, edition.url),
  };
}

/** The article page's JSON-LD: the edition's Article. */
export function articleGraph(page: EditionPage, original: OriginalArticle, edition: EditionInfo): Graph {
  return { '@context': 'https://schema.org', '@graph': [editionArticle(page, original, edition)] };
}

/** A JSON-LD graph of the ClaimReviews of the claims with a verdict, in the order given (one per claim page). */
export function claimReviewGraph(
  claims: { claim: ReviewedClaim; original: OriginalArticle }[],
  edition: EditionInfo,
): Graph {
  return {
    '@context': 'https://schema.org',
    '@graph': claims
      .filter(({ claim }) => isVerdict(claim.status))
      .map(({ claim, original }) => claimReview(claim, original, edition)),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is escaped so
 * that no value can close the element (`</script>`) or open a comment.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
