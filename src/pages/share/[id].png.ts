/**
 * /share/<claim-id>.png: each claim page's Open Graph and Twitter image,
 * rendered at build time (src/exports/share-image.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { claimEntries } from '~/edition/claims.ts';
import { loadEdition, must } from '~/edition/load.ts';
import { shareCardPng } from '~/exports/share-image.ts';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { SITE_NAME } from '~/site/site.ts';

export const getStaticPaths = (async () => {
  const edition = await loadEdition();
  return claimEntries(edition).map((entry) => ({ params: { id: entry.claim.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const edition = await loadEdition();
  const entry = must(new Map(claimEntries(edition).map((e) => [e.claim.id, e])), String(params['id']));
  const png = await shareCardPng({
    status: entry.claim.data.status,
    statusLabel: CLAIM_STATUSES[entry.claim.data.status].label,
    claim: entry.claim.data.claim,
    speaker: entry.speaker.data.name,
    edition: SITE_NAME,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
