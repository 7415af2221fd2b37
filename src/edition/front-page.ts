/**
 * What the front page (/) shows, derived here so that the page only places
 * it: the article with its standfirst, how the claims came out (claims per
 * status, in the vocabulary's order), and the findings that matter most:
 * claims contradicted or out of date, and claims resting on one side's
 * word (`claimRestsOn`). Editorial text is set with curly quotes.
 */
import type { OneSide } from '~/model/evidence.ts';
import type { ClaimStatus } from '~/model/statuses.ts';
import { claimPagePath } from '~/site/paths.ts';
import { curly } from '~/site/typography.ts';
import { firstSentence } from './claim-page-parts.ts';
import { findingsThatMatter, statusCounts } from './findings.ts';
import { claimEntries } from './claims.ts';
import { claimRestsOn } from './evidence.ts';
import type { Edition } from './load.ts';

export interface Finding {
  id: string;
  status: ClaimStatus;
  claim: string;
  bottomLine: string;
  href: string;
  /** The side whose word the claim rests on, when every source traces to it. */
  restsOn?: string | undefined;
}

export interface FrontPageView {
  total: number;
  counts: { status: ClaimStatus; count: number }[];
  findings: Finding[];
}

export function frontPageView(edition: Edition): FrontPageView {
  const entries = claimEntries(edition);
  const all: Finding[] = entries.map(({ claim }) => {
    const side: OneSide | undefined = claimRestsOn(edition, claim);
    return {
      id: claim.id,
      status: claim.data.status,
      claim: curly(claim.data.claim),
      bottomLine: curly(claim.data.bottomLine ?? firstSentence(claim.data.explanation)),
      href: claimPagePath(claim.id),
      restsOn: side?.side.name,
    };
  });
  return {
    total: entries.length,
    counts: statusCounts(all.map((f) => f.status)),
    findings: findingsThatMatter(all),
  };
}
