/**
 * Writes each claim's share card (/share/<claim-id>.png, the claim page's
 * og:image) into the built site, instead of an Astro route per card.
 *
 * A build renders one route, /share/cards.json (share-cards-manifest.ts),
 * which lists every card as data read from the loaded edition; once the pages
 * are built, this integration draws each card, or takes it from the cache in
 * Astro's cache directory (share-image-cache.ts), writes it under share/, and
 * removes the list. A card that cannot be drawn fails the build, naming the
 * claim and its file. `astro dev` has no build step, so there the integration
 * adds the per-card route instead (share-card-dev-route.ts).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cachedShareCardPng, shareCardCacheDir } from './share-image-cache.ts';
import { drawShareCardPng, type ShareCard } from './share-image.ts';

/** Where the list of cards is built, inside the output folder. */
export const SHARE_CARD_MANIFEST = 'share/cards.json';

export interface ShareCardManifest {
  cards: { id: string; file: string; card: ShareCard }[];
}

/**
 * Writes every card of `manifest` to `<outDir>/share/<id>.png`, each read from
 * `cacheDir` or drawn (and kept there). Returns how many were drawn.
 */
export async function writeShareCards(
  manifest: ShareCardManifest,
  outDir: string,
  cacheDir: string | undefined,
  draw: (card: ShareCard) => Promise<Buffer> = drawShareCardPng,
): Promise<number> {
  mkdirSync(`${outDir}/share`, { recursive: true });
  let drawn = 0;
  for (const { id, file, card } of manifest.cards) {
    let png: Buffer;
    try {
      const result = await cachedShareCardPng(card, cacheDir, draw);
      png = result.png;
      if (!result.cached) drawn += 1;
    } catch (error) {
      throw new Error(
        `The share card of claim "${id}" (${file}) could not be drawn: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    writeFileSync(`${outDir}/share/${id}.png`, png);
  }
  return drawn;
}

export default function shareCards(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'share-cards',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, updateConfig }) => {
        cacheDir = shareCardCacheDir(config.cacheDir);
        if (command === 'build') {
          injectRoute({
            pattern: `/${SHARE_CARD_MANIFEST}`,
            entrypoint: new URL('./share-cards-manifest.ts', import.meta.url),
          });
        } else if (command === 'dev') {
          // The dev server's twin of what the build writes: the route reads the cache folder from the environment.
          updateConfig({ vite: { define: { 'import.meta.env.SHARE_CARD_CACHE_DIR': JSON.stringify(cacheDir) } } });
          injectRoute({
            pattern: '/share/[id].png',
            entrypoint: new URL('./share-card-dev-route.ts', import.meta.url),
          });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const manifestFile = `${outDir}/${SHARE_CARD_MANIFEST}`;
        const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ShareCardManifest;
        rmSync(manifestFile);
        const drawn = await writeShareCards(manifest, outDir, cacheDir);
        logger.info(
          `${manifest.cards.length} share cards written to share/ (${drawn} drawn, ${manifest.cards.length - drawn} from the cache)`,
        );
      },
    },
  };
}
