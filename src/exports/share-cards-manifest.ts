/**
 * /share/cards.json, in a build only: every claim's share card as data (the
 * claim's id, its file and what the card shows), read from the loaded
 * edition as the claim pages read it. The share-cards integration
 * (share-cards-integration.ts) draws the PNGs from this list once the pages
 * are built and removes the file, so it never reaches the published site.
 * One route for every card, instead of one Astro route per card.
 */
import type { APIRoute } from 'astro';
import { claimEntries, type ClaimEntry } from '~/edition/claims.ts';
import { loadEdition } from '~/edition/load.ts';
import { entryFile } from '~/model/collections.ts';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { SITE_NAME } from '~/site/site.ts';
import type { ShareCardManifest } from './share-cards-integration.ts';
import type { ShareCard } from './share-image.ts';

/** What a claim's card shows. */
export function shareCardOf(entry: ClaimEntry): ShareCard {
  return {
    status: entry.claim.data.status,
    statusLabel: CLAIM_STATUSES[entry.claim.data.status].label,
    claim: entry.claim.data.claim,
    speaker: entry.speaker.data.name,
    edition: SITE_NAME,
  };
}

export const GET: APIRoute = async () => {
  const edition = await loadEdition();
  const manifest: ShareCardManifest = {
    cards: claimEntries(edition).map((entry) => ({
      id: entry.claim.id,
      file: entry.claim.filePath ?? entryFile('claims', entry.claim.id),
      card: shareCardOf(entry),
    })),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};
