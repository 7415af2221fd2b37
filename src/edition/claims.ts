/**
 * The claims as the pages meet them: each with its speaker, sources, events,
 * article and note number, in reading order, and the dates of its review
 * from git. Astro-aware glue over the loaded edition (./load.ts).
 */
import { claimNotePath } from '~/site/paths.ts';
import { entryFile } from '~/model/collections.ts';
import { fileDates, type FileDates } from './history.ts';
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

let dates: Map<string, FileDates> | undefined;

/** First and last commit dates of each claim's file. */
export function claimDates(edition: Edition): Map<string, FileDates> {
  if (!dates) {
    const files = [...edition.claims.values()].map((c) => claimFile(c));
    dates = fileDates(files);
  }
  return dates;
}

const claimFile = (claim: Claim) => claim.filePath ?? entryFile('claims', claim.id);

export function datesOf(edition: Edition, claim: Claim): FileDates {
  return must(claimDates(edition), claimFile(claim));
}
