/**
 * "Dispute this note": the address of a new issue on the repository, made
 * from the issue form .github/ISSUE_TEMPLATE/dispute-a-note.yml and
 * prefilled with the claim's id, address and status (GitHub fills a form's
 * fields from query parameters named by the fields' ids). Undefined without
 * an https REPO_URL, so that no page shows a link that leads nowhere.
 */
import { repositoryBase } from './site.ts';

export const DISPUTE_TEMPLATE = 'dispute-a-note.yml';

export interface DisputedNote {
  id: string;
  /** The claim page's absolute address. */
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
