/**
 * The claims as the pages meet them: each with its speaker, sources, events,
 * article and note number, in reading order, and the dates of its review
 * from git. Astro-aware glue over the loaded edition (./load.ts).
 */
import { claimNotePath } from '~/site/paths.ts';
import { entryFile } from '~/model/collections.ts';
import type { CitationRole } from '~/model/schemas.ts';
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

/** One source as a claim cites it, resolved. */
export interface Citation {
  source: Source;
  role: CitationRole;
  passage: string;
  translation?: string | undefined;
}

export interface ClaimEntry {
  claim: Claim;
  speaker: Speaker;
  article: RenderedArticle;
  /** The note's number in its article. */
  number: number;
  /** The sources cited, each once, in the order first cited. */
  sources: Source[];
  /** Each citation: the source, its role for the claim, the passage relied on and its translation. */
  citations: Citation[];
  events: TimelineEvent[];
  /** The note on the article page, with the base path. */
  href: string;
}

interface DerivedEntries {
  all: ClaimEntry[];
  byId: Map<string, ClaimEntry>;
  byArticle: Map<RenderedArticle, ClaimEntry[]>;
}
const entriesOf = new WeakMap<Edition, DerivedEntries>();

/**
 * The entries of an edition, derived once per build (the edition is loaded
 * once): pages ask for them on every article, speaker and claim page.
 */
function derivedEntries(edition: Edition): DerivedEntries {
  let derived = entriesOf.get(edition);
  if (!derived) {
    const all = sortedArticles(edition).flatMap((article) =>
      article.refs.claimRefs.map((id, i) => {
        const claim = must(edition.claims, id);
        return {
          claim,
          speaker: must(edition.speakers, claim.data.speaker),
          article,
          number: i + 1,
          sources: [...new Set(claim.data.sources.map((c) => c.source))].map((s) => must(edition.sources, s)),
          citations: claim.data.sources.map((c) => ({
            source: must(edition.sources, c.source),
            role: c.role,
            passage: c.passage,
            translation: c.translation,
          })),
          events: claim.data.events.map((id) => must(edition.events, id)),
          href: claimNotePath(article.entry.id, id),
        };
      }),
    );
    const byArticle = new Map<RenderedArticle, ClaimEntry[]>();
    for (const entry of all) {
      const list = byArticle.get(entry.article);
      if (list) list.push(entry);
      else byArticle.set(entry.article, [entry]);
    }
    derived = { all, byId: new Map(all.map((entry) => [entry.claim.id, entry])), byArticle };
    entriesOf.set(edition, derived);
  }
  return derived;
}

/** Every claim once, in the order of the articles (newest first) and of their first reference. */
export function claimEntries(edition: Edition): ClaimEntry[] {
  // A copy of the list, so that a page that sorts it cannot reorder another's.
  return [...derivedEntries(edition).all];
}

/** One claim's entry, without copying the list (a claim page and its share card each ask for one). */
export function claimEntry(edition: Edition, id: string): ClaimEntry {
  return must(derivedEntries(edition).byId, id);
}

/** Each claim's note number in an article: its place in the order of first reference. */
export function noteNumbers(article: RenderedArticle): Map<string, number> {
  return new Map(article.refs.claimRefs.map((id, i) => [id, i + 1]));
}

/** The claims of one article, in the order of their first reference, numbered as on its page. */
export function articleClaimEntries(edition: Edition, article: RenderedArticle): ClaimEntry[] {
  return [...(derivedEntries(edition).byArticle.get(article) ?? [])];
}

const sorted = new WeakMap<Edition, RenderedArticle[]>();

export function sortedArticles(edition: Edition): RenderedArticle[] {
  let articles = sorted.get(edition);
  if (!articles) {
    articles = [...edition.articles].sort((a, b) => b.entry.data.published.localeCompare(a.entry.data.published));
    sorted.set(edition, articles);
  }
  return [...articles];
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

/**
 * How many sources a claim cites, each counted once however many of its
 * passages are quoted: what the article's margin note says beside the words.
 */
export function sourceCount(entry: ClaimEntry): number {
  return new Set(entry.sources.map((source) => source.id)).size;
}

/**
 * The claim's finding in one sentence: its bottom line, else its explanation's first sentence (Intl.Segmenter
 * finds sentence ends; "Lt-Gen." and "U.S." do not end one).
 */
export function claimBottomLine(claim: Claim): string {
  const { bottomLine, explanation } = claim.data;
  if (bottomLine) return bottomLine;
  const [first] = new Intl.Segmenter('en', { granularity: 'sentence' }).segment(explanation);
  return (first?.segment ?? explanation).trim();
}
