/**
 * The shape of `/claims.json`: the claims with everything a reader of the
 * notes gets, as typed data. Ids are the content file names; URLs are
 * absolute.
 */
import { CLAIM_STATUSES, type ClaimStatus } from '~/model/statuses.ts';
import type { CitationRole } from '~/model/schemas.ts';
import { isVerdict } from './structured-data.ts';

export interface ClaimsDataSource {
  id: string;
  title: string;
  publisher: string;
  /** ISO 8601 date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD; or a range of days, YYYY-MM-DD/YYYY-MM-DD; or "undated". */
  published: string;
  url: string;
  language: string;
  note?: string | undefined;
  /** The day an editor read the page at this address (YYYY-MM-DD). */
  retrieved: string;
  /** "read": the day the page was read; "filed": only the day the file was added, not re-read. */
  retrievedAs: 'read' | 'filed';
  /** Why the address may not last, when it looks fragile or dead. */
  fragile?: string | undefined;
  /** Where the page could be read only in part: which part was read. */
  readInPart?: string | undefined;
}

/** One source as the claim cites it: what it does for the claim and the words the note relies on. */
export interface ClaimsDataCitation {
  /** The source's id, in the claim's `sources`. */
  source: string;
  /** backs | disputes | context | later (what happened after the article). */
  role: CitationRole;
  /** The role in readers' words. */
  roleLabel: string;
  /** Verbatim from the source as read, in its language (the source's `language`). */
  passage: string;
  /** The passage in English, where the source is not in English. */
  translation?: string | undefined;
  /** The source's address with a text fragment to the passage (`#:~:text=…`). */
  url: string;
}

/**
 * Set when every source of the claim traces to one side of the conflict (one
 * government or coalition and its organs): the note rests on that side's word.
 */
export interface ClaimsDataOneSide {
  /** The party that heads the side, such as the Russian government. */
  side: { id: string; name: string };
  /** The parties of that side the sources relay, such as its Defence Ministry. */
  parties: { id: string; name: string }[];
}

export interface ClaimsDataEvent {
  id: string;
  date: string;
  title: string;
  /** The event on the timeline page. */
  url: string;
}

export interface ClaimsDataClaim {
  id: string;
  /** The note's number in its article, in reading order. */
  number: number;
  article: string;
  /** The note on the article page. */
  url: string;
  speaker: { id: string; name: string; url: string };
  status: ClaimStatus;
  statusLabel: string;
  /** Whether the status rates the claim (it then has a schema.org ClaimReview). */
  verdict: boolean;
  claim: string;
  explanation: string;
  /** The claim's words in the article, once per place it is made. */
  quotes: string[];
  /** Every source cited, once each. */
  sources: ClaimsDataSource[];
  /** Each citation, in the claim's order: a source, its role, and the passage relied on. */
  citations: ClaimsDataCitation[];
  events: ClaimsDataEvent[];
  /** The side the claim rests on when all its sources trace to one side; null otherwise. */
  restsOnOneSide: ClaimsDataOneSide | null;
  /** First and last commit of the claim's file (or the build date, see `datesFrom`). */
  reviewed: { published: string; modified: string; datesFrom: 'git' | 'build' };
}

export interface ClaimsData {
  generator: string;
  articles: { id: string; title: string; url: string; originalUrl: string; published: string; claims: number }[];
  statuses: { id: ClaimStatus; label: string; meaning: string; verdict: boolean }[];
  claims: ClaimsDataClaim[];
}

export function statusList(): ClaimsData['statuses'] {
  return (Object.keys(CLAIM_STATUSES) as ClaimStatus[]).map((id) => ({
    id,
    label: CLAIM_STATUSES[id].label,
    meaning: CLAIM_STATUSES[id].meaning,
    verdict: isVerdict(id),
  }));
}

/** Checks the data's own consistency: unique ids, numbering and known statuses. Returns the problems found. */
export function checkClaimsData(data: ClaimsData): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const claim of data.claims) {
    if (ids.has(claim.id)) problems.push(`claim "${claim.id}" is listed twice`);
    ids.add(claim.id);
    if (!(claim.status in CLAIM_STATUSES)) problems.push(`claim "${claim.id}" has an unknown status "${claim.status}"`);
    if (claim.sources.length === 0) problems.push(`claim "${claim.id}" has no source`);
    for (const citation of claim.citations) {
      if (!claim.sources.some((s) => s.id === citation.source))
        problems.push(`claim "${claim.id}" cites "${citation.source}", which is not among its sources`);
      if (citation.passage.trim() === '')
        problems.push(`claim "${claim.id}" cites "${citation.source}" without a passage`);
    }
    if (claim.status === 'supported' && claim.restsOnOneSide)
      problems.push(
        `claim "${claim.id}" is supported but rests on one side's word (${claim.restsOnOneSide.side.name})`,
      );
    if (claim.quotes.length === 0) problems.push(`claim "${claim.id}" has no words in the article`);
    if (!data.articles.some((a) => a.id === claim.article))
      problems.push(`claim "${claim.id}" names an unknown article "${claim.article}"`);
  }
  for (const article of data.articles) {
    const numbers = data.claims
      .filter((c) => c.article === article.id)
      .map((c) => c.number)
      .sort((a, b) => a - b);
    if (numbers.some((n, i) => n !== i + 1))
      problems.push(`article "${article.id}": notes are not numbered 1 to ${numbers.length}`);
    if (numbers.length !== article.claims)
      problems.push(`article "${article.id}" says ${article.claims} claims but lists ${numbers.length}`);
  }
  return problems;
}
