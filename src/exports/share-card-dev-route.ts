/**
 * /share/<claim-id>.png in `astro dev` only: the claim page's Open Graph and
 * Twitter image, drawn on request (or read from the cache). A build writes
 * the same files from the share-cards integration instead
 * (share-cards-integration.ts), without an Astro route per card.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { claimEntries, claimEntry } from '~/edition/claims.ts';
import { loadEdition } from '~/edition/load.ts';
import { cachedShareCardPng } from './share-image-cache.ts';
import { shareCardOf } from './share-cards-manifest.ts';

export const getStaticPaths = (async () => {
  const edition = await loadEdition();
  return claimEntries(edition).map((entry) => ({ params: { id: entry.claim.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const entry = claimEntry(await loadEdition(), String(params['id']));
  const { png } = await cachedShareCardPng(shareCardOf(entry), import.meta.env.SHARE_CARD_CACHE_DIR);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
