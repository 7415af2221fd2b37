/**
 * Corrections as readers read them: the `corrections:` entries of the claim
 * files (date, what changed, why), written by the editors in readers' words.
 * The claim pages, /changes.xml and the about page's log all list them from
 * here. Nothing comes from git but a claim's "last reviewed" date
 * (src/edition/history.ts): a commit subject is written for developers and
 * never reaches a page or the feed.
 */
import { claimEntries } from './claims.ts';
import type { Claim, Edition } from './load.ts';

export interface CorrectionView {
  claimId: string;
  /** The claim in one sentence, as it reads now. */
  claim: string;
  /** YYYY-MM-DD. */
  date: string;
  what: string;
  why: string;
  /** The entry's anchor on the claim page: `correction-1` for the first (oldest) correction. */
  anchor: string;
}

/** One claim's corrections, oldest first, as its file lists them. */
export function claimCorrections(claim: Claim): CorrectionView[] {
  return claim.data.corrections.map((correction, i) => ({
    claimId: claim.id,
    claim: claim.data.claim,
    date: correction.date,
    what: correction.what,
    why: correction.why,
    anchor: `correction-${i + 1}`,
  }));
}

/**
 * Every correction in the edition, newest first: by date, then by claim in reading order, and within one claim's
 * entries of the same day the later-written first (entries are appended, so the last is the newest).
 */
export function allCorrections(edition: Edition): CorrectionView[] {
  const list = claimEntries(edition).flatMap((entry) => claimCorrections(entry.claim));
  return list
    .map((correction, index) => ({ correction, index }))
    .sort(
      (a, b) =>
        b.correction.date.localeCompare(a.correction.date) ||
        (a.correction.claimId === b.correction.claimId ? b.index - a.index : a.index - b.index),
    )
    .map(({ correction }) => correction);
}
