/**
 * "Dispute this note": the address of a new issue on the repository, made
 * from the issue form .github/ISSUE_TEMPLATE/dispute-a-note.yml and
 * prefilled with the claim's id, address and status (GitHub fills a form's
 * fields from query parameters named by the fields' ids). Undefined without
 * an https REPO_URL, so that no page shows a link that leads nowhere.
 */
import { CLAIM_STATUSES, type ClaimStatus } from '~/model/statuses.ts';
import { claimPagePath } from './paths.ts';
import { repositoryBase, repositorySettings, siteAddress } from './site.ts';

export const DISPUTE_TEMPLATE = 'dispute-a-note.yml';

export interface DisputedNote {
  id: string;
  /** The claim page's address: absolute under SITE_URL, else its path. */
  url: string;
  /** The status label, as the page shows it. */
  status: string;
  /** The claim in one sentence, for the title. */
  claim: string;
}

export function disputeUrl(note: DisputedNote, repoUrl: string | undefined): string | undefined {
  const repository = repositoryBase(repoUrl);
  if (!repository) return undefined;
  const title = `Dispute: ${note.id}`;
  const query = new URLSearchParams({
    template: DISPUTE_TEMPLATE,
    title,
    'claim-id': note.id,
    address: note.url,
    status: note.status,
  });
  return `${repository}/issues/new?${query.toString()}`;
}

/** "Dispute this note" for a claim, addressed by its own page; undefined without REPO_URL. */
export function claimDisputeUrl(
  claim: { id: string; claim: string; status: ClaimStatus },
  repoUrl: string | undefined = repositorySettings().repoUrl,
): string | undefined {
  return disputeUrl(
    {
      id: claim.id,
      url: siteAddress(claimPagePath(claim.id)),
      status: CLAIM_STATUSES[claim.status].label,
      claim: claim.claim,
    },
    repoUrl,
  );
}
