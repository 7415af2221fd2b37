/**
 * Which findings a front page leads with, and the claims counted per status:
 * pure, so that they are tested without Astro (./front-page.ts applies them
 * to the edition).
 */
import { CLAIM_STATUS_IDS, type ClaimStatus } from '~/model/statuses.ts';

/** Statuses that make a finding matter most, in the order they are listed. */
export const LEADING_STATUSES: readonly ClaimStatus[] = ['contradicted', 'outdated'];

/**
 * The findings that matter most: contradicted, then out of date, then any
 * other claim that rests on one side's word; each once, in reading order
 * within each kind.
 */
export function findingsThatMatter<T extends { status: ClaimStatus; restsOn?: string | undefined }>(
  claims: readonly T[],
): T[] {
  const leading = LEADING_STATUSES.flatMap((status) => claims.filter((c) => c.status === status));
  const oneSided = claims.filter((c) => !LEADING_STATUSES.includes(c.status) && c.restsOn !== undefined);
  return [...leading, ...oneSided];
}

/** Claims per status, in the vocabulary's order, statuses no claim has left out. */
export function statusCounts(statuses: readonly ClaimStatus[]): { status: ClaimStatus; count: number }[] {
  return CLAIM_STATUS_IDS.map((status) => ({ status, count: statuses.filter((s) => s === status).length })).filter(
    (s) => s.count > 0,
  );
}
