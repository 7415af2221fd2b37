/**
 * The machine-readable exports built from the loaded edition: the JSON-LD
 * graphs, /claims.json and /annotations.json. Astro-aware glue; the shapes
 * and rules live beside it (structured-data.ts, claims-data.ts,
 * web-annotations.ts), where they are tested without Astro.
 */
import { articleText } from '~/edition/article-text.ts';
import { articleClaimEntries, claimEntries, datesOf, sortedArticles, type ClaimEntry } from '~/edition/claims.ts';
import { claimRestsOn } from '~/edition/evidence.ts';
import type { Edition, RenderedArticle } from '~/edition/load.ts';
import type { OneSide } from '~/model/evidence.ts';
import { CITATION_ROLE_LABELS } from '~/model/schemas.ts';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { passageUrl } from '~/site/text-fragment.ts';
import { absoluteUrl, articlePath, claimPagePath, eventPath, speakerPath, withBase } from '~/site/paths.ts';
import { SITE_NAME } from '~/site/site.ts';
import { statusList, type ClaimsData, type ClaimsDataOneSide } from './claims-data.ts';
import {
  articleGraph,
  claimReviewGraph,
  isVerdict,
  type EditionInfo,
  type OriginalArticle,
  type ReviewedClaim,
} from './structured-data.ts';
import { annotationCollection, type AnnotationCollection } from './web-annotations.ts';

export function editionInfo(site: URL | undefined): EditionInfo {
  return { name: SITE_NAME, url: absoluteUrl(withBase('/'), site) };
}

const oneSideData = (restsOn: OneSide | undefined): ClaimsDataOneSide | null =>
  restsOn
    ? {
        side: { id: restsOn.side.id, name: restsOn.side.name },
        parties: restsOn.parties.map((party) => ({ id: party.id, name: party.name })),
      }
    : null;

export function originalOf(article: RenderedArticle): OriginalArticle {
  const data = article.entry.data;
  return { url: data.originalUrl, headline: data.title, datePublished: data.published, publisher: data.outlet };
}

/** The article page's JSON-LD graph: the edition's Article. */
export function articleJsonLd(article: RenderedArticle, site: URL | undefined) {
  const data = article.entry.data;
  return articleGraph(
    { url: absoluteUrl(articlePath(article.entry.id), site), headline: data.title, description: data.description },
    originalOf(article),
    editionInfo(site),
  );
}

/** A claim as its ClaimReview needs it: its own page is the review's address; dates from git. */
function reviewedClaim(edition: Edition, e: ClaimEntry, site: URL | undefined): ReviewedClaim {
  const when = datesOf(edition, e.claim);
  return {
    id: e.claim.id,
    claim: e.claim.data.claim,
    status: e.claim.data.status,
    explanation: e.claim.data.explanation,
    speaker: {
      name: e.speaker.data.name,
      kind: e.speaker.data.kind,
      url: absoluteUrl(speakerPath(e.speaker.id), site),
    },
    url: absoluteUrl(claimPagePath(e.claim.id), site),
    datePublished: when.created,
    dateModified: when.modified,
  };
}

/** A claim page's JSON-LD graph: its ClaimReview, or undefined when its status is not a verdict. */
export function claimReviewJsonLd(edition: Edition, entry: ClaimEntry, site: URL | undefined) {
  if (!isVerdict(entry.claim.data.status)) return undefined;
  return claimReviewGraph(
    [{ claim: reviewedClaim(edition, entry, site), original: originalOf(entry.article) }],
    editionInfo(site),
  );
}

export function claimsData(edition: Edition, site: URL | undefined): ClaimsData {
  const entries = claimEntries(edition);
  return {
    generator: `${SITE_NAME}, ${absoluteUrl(withBase('/'), site)}`,
    articles: sortedArticles(edition).map((a) => ({
      id: a.entry.id,
      title: a.entry.data.title,
      url: absoluteUrl(articlePath(a.entry.id), site),
      originalUrl: a.entry.data.originalUrl,
      published: a.entry.data.published,
      claims: a.refs.claimRefs.length,
    })),
    statuses: statusList(),
    claims: entries.map((e) => {
      const when = datesOf(edition, e.claim);
      const { quotes } = articleText(e.article);
      return {
        id: e.claim.id,
        number: e.number,
        article: e.article.entry.id,
        url: absoluteUrl(e.href, site),
        speaker: { id: e.speaker.id, name: e.speaker.data.name, url: absoluteUrl(speakerPath(e.speaker.id), site) },
        status: e.claim.data.status,
        statusLabel: CLAIM_STATUSES[e.claim.data.status].label,
        verdict: isVerdict(e.claim.data.status),
        claim: e.claim.data.claim,
        explanation: e.claim.data.explanation,
        quotes: quotes.filter((q) => q.claimId === e.claim.id).map((q) => q.exact),
        sources: e.sources.map((s) => ({
          id: s.id,
          title: s.data.title,
          publisher: s.data.publisher,
          published: s.data.published,
          url: s.data.url,
          language: s.data.language,
          ...(s.data.note ? { note: s.data.note } : {}),
          retrieved: s.data.retrieved,
          retrievedAs: s.data.retrievedAs,
          ...(s.data.fragile ? { fragile: s.data.fragile } : {}),
          ...(s.data.readInPart ? { readInPart: s.data.readInPart } : {}),
        })),
        citations: e.citations.map((c) => ({
          source: c.source.id,
          role: c.role,
          roleLabel: CITATION_ROLE_LABELS[c.role],
          passage: c.passage,
          ...(c.translation ? { translation: c.translation } : {}),
          url: passageUrl(c.source.data.url, c.passage),
        })),
        events: e.events.map((ev) => ({
          id: ev.id,
          date: ev.data.date,
          title: ev.data.title,
          url: absoluteUrl(eventPath(ev.id), site),
        })),
        restsOnOneSide: oneSideData(claimRestsOn(edition, e.claim)),
        reviewed: { published: when.created, modified: when.modified, datesFrom: when.from },
      };
    }),
  };
}

export function annotations(edition: Edition, site: URL | undefined): AnnotationCollection {
  const home = absoluteUrl(withBase('/'), site);
  const collectionUrl = absoluteUrl(withBase('/annotations.json'), site);
  return annotationCollection({
    id: collectionUrl,
    label: `${SITE_NAME}: the notes on the claims`,
    creator: { type: 'Organization', name: SITE_NAME, homepage: home },
    annotationId: (claimId) => `${collectionUrl}#claim-${claimId}`,
    articles: sortedArticles(edition).map((article) => {
      const { text, quotes } = articleText(article);
      return {
        pageUrl: absoluteUrl(articlePath(article.entry.id), site),
        originalUrl: article.entry.data.originalUrl,
        text,
        quotes,
        notes: articleClaimEntries(edition, article).map((e) => {
          const when = datesOf(edition, e.claim);
          return {
            claimId: e.claim.id,
            status: e.claim.data.status,
            claim: e.claim.data.claim,
            explanation: e.claim.data.explanation,
            citations: e.citations.map((c) => ({
              url: c.source.data.url,
              title: c.source.data.title,
              publisher: c.source.data.publisher,
              published: c.source.data.published,
              language: c.source.data.language,
              role: c.role,
              passage: c.passage,
              translation: c.translation,
            })),
            created: when.created,
            modified: when.modified,
          };
        }),
      };
    }),
  });
}
