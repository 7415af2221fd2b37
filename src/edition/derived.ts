/**
 * What the pages and endpoints derive from the edition: claims in reading
 * order with their numbers, each article's text and claim positions, the
 * review dates, and the machine-readable exports. Astro-aware glue; the
 * logic lives in src/lib.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle, type CleanedArticle } from '~/article/cleaner.ts';
import { indexCitations, type Citations } from './citations.ts';
import { statusList, type ClaimsData } from '~/exports/claims-data.ts';
import { compareArticleText } from '~/article/fidelity.ts';
import { fileDates, type FileDates } from './git-dates.ts';
import { absoluteUrl, articlePath, claimNotePath, eventPath, speakerPath, withBase } from '~/site/paths.ts';
import { SITE_NAME } from '~/site/site.ts';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import {
  articleGraph,
  claimReviewGraph,
  isVerdict,
  type EditionInfo,
  type OriginalArticle,
  type ReviewedClaim,
} from '~/exports/structured-data.ts';
import { claimQuotes, joinBlocks, type ClaimQuote } from '~/article/text-quotes.ts';
import { annotationCollection, type AnnotationCollection } from '~/exports/web-annotations.ts';
import {
  must,
  type Claim,
  type Edition,
  type RenderedArticle,
  type Source,
  type Speaker,
  type TimelineEvent,
} from './load.ts';

export interface ClaimEntry {
  claim: Claim;
  speaker: Speaker;
  article: RenderedArticle;
  /** The note's number in its article. */
  number: number;
  sources: Source[];
  events: TimelineEvent[];
  /** The note on the article page, with the base path. */
  href: string;
}

/** Every claim once, in the order of the articles (newest first) and of their first reference. */
export function claimEntries(edition: Edition): ClaimEntry[] {
  return sortedArticles(edition).flatMap((article) =>
    article.refs.claimRefs.map((id, i) => {
      const claim = must(edition.claims, id);
      return {
        claim,
        speaker: must(edition.speakers, claim.data.speaker.id),
        article,
        number: i + 1,
        sources: claim.data.sources.map((s) => must(edition.sources, s.id)),
        events: claim.data.events.map((e) => must(edition.events, e.id)),
        href: claimNotePath(article.entry.id, id),
      };
    }),
  );
}

/** Each claim's note number in an article: its place in the order of first reference. */
export function noteNumbers(article: RenderedArticle): Map<string, number> {
  return new Map(article.refs.claimRefs.map((id, i) => [id, i + 1]));
}

/** The claims of one article, in the order of their first reference, numbered as on its page. */
export function articleClaimEntries(edition: Edition, article: RenderedArticle): ClaimEntry[] {
  return claimEntries(edition).filter((e) => e.article === article);
}

export function sortedArticles(edition: Edition): RenderedArticle[] {
  return [...edition.articles].sort((a, b) => b.entry.data.published.localeCompare(a.entry.data.published));
}

export interface ArticleTextData {
  raw: string;
  cleaned: CleanedArticle;
  /** The article text as the fidelity test checks it: the cleaner's blocks, joined. */
  text: string;
  quotes: ClaimQuote[];
}

const textCache = new Map<string, ArticleTextData>();

/** Reads the raw scrape, cleans it, and finds each claim's words in the text; fails the build if the MDX and the scrape differ. */
export function articleText(article: RenderedArticle): ArticleTextData {
  const cached = textCache.get(article.entry.id);
  if (cached) return cached;
  const file = article.entry.data.rawScrape;
  const raw = readFileSync(join(process.cwd(), file), 'utf8');
  const cleaned = cleanArticle(raw, file);
  const { blocks, quotes } = claimQuotes(article.entry.body ?? '');
  const problems = compareArticleText(
    cleaned.blocks.map((b) => b.text),
    { blocks, stray: [] },
  );
  if (problems.length > 0) {
    throw new Error(
      `${article.entry.filePath ?? article.entry.id}: the article text differs from ${file}:\n  ${problems.join('\n  ')}`,
    );
  }
  const data = { raw, cleaned, text: joinBlocks(cleaned.blocks.map((b) => b.text)), quotes };
  textCache.set(article.entry.id, data);
  return data;
}

let dates: Map<string, FileDates> | undefined;

/** First and last commit dates of each claim's file. */
export function claimDates(edition: Edition): Map<string, FileDates> {
  if (!dates) {
    const files = [...edition.claims.values()].map((c) => claimFile(c));
    dates = fileDates(files);
  }
  return dates;
}

const claimFile = (claim: Claim) => claim.filePath ?? `content/claims/${claim.id}.yaml`;

export function datesOf(edition: Edition, claim: Claim): FileDates {
  return must(claimDates(edition), claimFile(claim));
}

export function editionInfo(site: URL | undefined): EditionInfo {
  return { name: SITE_NAME, url: absoluteUrl(withBase('/'), site) };
}

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

/** The claims page's JSON-LD graph: a ClaimReview for every claim with a verdict, in every article. */
export function claimReviewsJsonLd(edition: Edition, site: URL | undefined) {
  const reviewed = claimEntries(edition).map((e) => {
    const when = datesOf(edition, e.claim);
    const claim: ReviewedClaim = {
      id: e.claim.id,
      claim: e.claim.data.claim,
      status: e.claim.data.status,
      explanation: e.claim.data.explanation,
      speaker: {
        name: e.speaker.data.name,
        kind: e.speaker.data.kind,
        url: absoluteUrl(speakerPath(e.speaker.id), site),
      },
      url: absoluteUrl(e.href, site),
      datePublished: when.created,
      dateModified: when.modified,
    };
    return { claim, original: originalOf(e.article) };
  });
  return claimReviewGraph(reviewed, editionInfo(site));
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
        })),
        events: e.events.map((ev) => ({
          id: ev.id,
          date: ev.data.date,
          title: ev.data.title,
          url: absoluteUrl(eventPath(ev.id), site),
        })),
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
        text,
        quotes,
        notes: articleClaimEntries(edition, article).map((e) => {
          const when = datesOf(edition, e.claim);
          return {
            claimId: e.claim.id,
            status: e.claim.data.status,
            claim: e.claim.data.claim,
            explanation: e.claim.data.explanation,
            sources: e.sources.map((s) => ({
              url: s.data.url,
              title: s.data.title,
              publisher: s.data.publisher,
              published: s.data.published,
              language: s.data.language,
            })),
            created: when.created,
            modified: when.modified,
          };
        }),
      };
    }),
  });
}

export function citations(edition: Edition): Map<string, Citations> {
  return indexCitations({
    sources: [...edition.sources.keys()],
    claims: [...edition.claims.values()].map((c) => ({ id: c.id, sources: c.data.sources.map((s) => s.id) })),
    speakers: [...edition.speakers.values()].map((s) => ({
      id: s.id,
      facts: s.data.facts.map((f) => ({ sources: f.sources.map((r) => r.id) })),
    })),
    events: [...edition.events.values()].map((e) => ({ id: e.id, sources: e.data.sources.map((s) => s.id) })),
    places: [...edition.places.values()].map((p) => ({ id: p.id, sources: p.data.sources.map((s) => s.id) })),
  });
}
