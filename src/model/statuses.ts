/**
 * The fixed vocabulary of claim statuses, in one place: each status's label,
 * meaning, whether it is a verdict and whether it needs `settle`. Each status
 * says how the claim stands against the sources, never whether the editors
 * agree with it.
 *
 * `verdict`: the status rates a checkable claim against the sources (and so
 * gets a ClaimReview). The others are not verdicts: `speculation` is a
 * forecast or a guess at motives, `opinion` a judgement, and `context` a fact
 * not in doubt whose note adds what the article leaves out; none says whether
 * the claim is true.
 *
 * `needsSettle`: claims with this status must say what evidence would settle
 * them (`settle`).
 */
export const CLAIM_STATUSES = {
  supported: {
    label: 'Supported',
    meaning: 'Independent sources confirm the claim as stated.',
    verdict: true,
    needsSettle: false,
  },
  'partly-supported': {
    label: 'Partly supported',
    meaning: 'Sources confirm part of the claim; another part is unconfirmed or differs.',
    verdict: true,
    needsSettle: false,
  },
  unverified: {
    label: 'Unverified',
    meaning: 'The claim rests on one party’s word and no independent source confirms or refutes it.',
    verdict: true,
    needsSettle: true,
  },
  disputed: {
    label: 'Disputed',
    meaning: 'Sources or parties to the conflict contradict one another on it.',
    verdict: true,
    needsSettle: true,
  },
  contradicted: {
    label: 'Contradicted',
    meaning: 'The sources found state something different from the claim.',
    verdict: true,
    needsSettle: false,
  },
  outdated: {
    label: 'Out of date',
    meaning: 'The claim was overtaken by events before or soon after publication.',
    verdict: true,
    needsSettle: false,
  },
  speculation: {
    label: 'Speculation',
    meaning: 'A forecast or a guess at motives; the note gives what sources say and what happened later.',
    verdict: false,
    needsSettle: false,
  },
  opinion: {
    label: 'Opinion',
    meaning: 'A judgement or characterisation, not a checkable fact; the note gives context.',
    verdict: false,
    needsSettle: false,
  },
  context: {
    label: 'Context',
    meaning: 'Not in doubt, but the article leaves out something a reader needs.',
    verdict: false,
    needsSettle: false,
  },
} as const;

export type ClaimStatus = keyof typeof CLAIM_STATUSES;

export const CLAIM_STATUS_IDS = Object.keys(CLAIM_STATUSES) as [ClaimStatus, ...ClaimStatus[]];

/** Statuses that rate a checkable claim against the sources, in vocabulary order. */
export const VERDICT_STATUSES = new Set<ClaimStatus>(CLAIM_STATUS_IDS.filter((s) => CLAIM_STATUSES[s].verdict));

/** Statuses that are not verdicts (speculation, opinion, context), in vocabulary order. */
export const NON_VERDICT_STATUSES = CLAIM_STATUS_IDS.filter((s) => !CLAIM_STATUSES[s].verdict);

export function isVerdict(status: ClaimStatus): boolean {
  return CLAIM_STATUSES[status].verdict;
}

/** Whether a claim with this status must say what evidence would settle it (`settle`). */
export function needsSettle(status: ClaimStatus): boolean {
  return CLAIM_STATUSES[status].needsSettle;
}
