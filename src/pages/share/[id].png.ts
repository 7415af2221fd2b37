/**
 * /share/<claim-id>.png: each claim page's Open Graph and Twitter image,
 * rendered at build time (src/exports/share-image.ts) or, when the same card
 * was drawn by an earlier build, read from Astro's cache directory
 * (src/exports/share-image-cache.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { claimEntries, claimEntry } from '~/edition/claims.ts';
import { loadEdition } from '~/edition/load.ts';
import { cachedShareCardPng } from '~/exports/share-image-cache.ts';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { SITE_NAME } from '~/site/site.ts';

export const getStaticPaths = (async () => {
  const edition = await loadEdition();
  return claimEntries(edition).map((entry) => ({ params: { id: entry.claim.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const edition = await loadEdition();
  const entry = claimEntry(edition, String(params['id']));
  const { png } = await cachedShareCardPng(
    {
      status: entry.claim.data.status,
      statusLabel: CLAIM_STATUSES[entry.claim.data.status].label,
      claim: entry.claim.data.claim,
      speaker: entry.speaker.data.name,
      edition: SITE_NAME,
    },
    import.meta.env.SHARE_CARD_CACHE_DIR,
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
