/**
 * The fixed vocabulary of claim statuses. Each status says how the claim
 * stands against the sources, never whether the editors agree with it.
 */
export const CLAIM_STATUSES = {
  supported: {
    label: 'Supported',
    meaning: 'Independent sources confirm the claim as stated.',
  },
  'partly-supported': {
    label: 'Partly supported',
    meaning: 'Sources confirm part of the claim; another part is unconfirmed or differs.',
  },
  unverified: {
    label: 'Unverified',
    meaning: 'The claim rests on one party’s word and no independent source confirms or refutes it.',
  },
  disputed: {
    label: 'Disputed',
    meaning: 'Sources or parties to the conflict contradict one another on it.',
  },
  contradicted: {
    label: 'Contradicted',
    meaning: 'The sources found state something different from the claim.',
  },
  outdated: {
    label: 'Out of date',
    meaning: 'The claim was overtaken by events before or soon after publication.',
  },
  speculation: {
    label: 'Speculation',
    meaning: 'A forecast or a guess at motives; the note gives what sources say and what happened later.',
  },
  opinion: {
    label: 'Opinion',
    meaning: 'A judgement or characterisation, not a checkable fact; the note gives context.',
  },
  context: {
    label: 'Context',
    meaning: 'Not in doubt, but the article leaves out something a reader needs.',
  },
} as const;

export type ClaimStatus = keyof typeof CLAIM_STATUSES;

export const CLAIM_STATUS_IDS = Object.keys(CLAIM_STATUSES) as [ClaimStatus, ...ClaimStatus[]];
