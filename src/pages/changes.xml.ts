/**
 * /changes.xml: the Atom feed of changes to the notes, from git (see
 * src/edition/history.ts and src/exports/changes-feed.ts).
 */
import type { APIRoute } from 'astro';
import { claimEntries } from '~/edition/claims.ts';
import { describeChange, projectClaimHistory } from '~/edition/history.ts';
import { loadEdition } from '~/edition/load.ts';
import { changesFeed, type FeedChange } from '~/exports/changes-feed.ts';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { absoluteUrl, claimPagePath, withBase } from '~/site/paths.ts';
import { SITE_NAME } from '~/site/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const edition = await loadEdition();
  const current = new Map(claimEntries(edition).map((e) => [e.claim.id, e]));
  const statusLabel = (status: string) => CLAIM_STATUSES[status as keyof typeof CLAIM_STATUSES]?.label ?? status;
  const sourceTitle = (id: string) => edition.sources.get(id)?.data.title ?? id;
  const changes: FeedChange[] = [];
  for (const [file, list] of projectClaimHistory().changes) {
    const id = /([^/]+)\.yaml$/.exec(file)?.[1];
    if (id === undefined) continue;
    const entry = current.get(id);
    for (const change of list) {
      changes.push({
        claimId: id,
        claim: entry?.claim.data.claim ?? `The note “${id}”, since withdrawn.`,
        pageUrl: absoluteUrl(entry ? claimPagePath(id) : withBase('/claims/'), site),
        commit: change.commit,
        date: change.date,
        reason: change.reason,
        what: describeChange(change, { statusLabel, sourceTitle }),
      });
    }
  }
  const body = changesFeed(changes, {
    selfUrl: absoluteUrl(withBase('/changes.xml'), site),
    homeUrl: absoluteUrl(withBase('/'), site),
    title: `${SITE_NAME}: changes to the notes`,
    author: SITE_NAME,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
