/**
 * Keeps the claims' share cards between builds, as Astro keeps its optimised
 * images: `<cacheDir>/share-cards/<key>.png`, where the key is the content
 * hash of everything that decides the card's pixels (shareCardKey in
 * share-image.ts). Drawing a card costs ~50 ms; reading one back, well under
 * 1. Astro's image cache works only for images passed to its image service,
 * and these are drawn from data, so the few lines of caching are written here.
 *
 * The integration tells the endpoint where Astro's cache directory is
 * (`cacheDir`, node_modules/.astro/ by default); a fresh clone has none, so
 * CI draws every card. Delete the folder to draw them all again.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { drawShareCardPng, shareCardKey, type ShareCard } from './share-image.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG's last chunk, whose presence shows the file was written whole. */
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

export interface CachedCard {
  png: Buffer;
  /** Whether the card came from the cache rather than being drawn now. */
  cached: boolean;
}

/** A file that is a whole PNG, or undefined (missing, cut short, or something else). */
function readWholePng(path: string): Buffer | undefined {
  try {
    const data = readFileSync(path);
    const whole = data.subarray(0, 8).equals(PNG_SIGNATURE) && data.subarray(-8).equals(PNG_END);
    return whole ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The card's PNG from `dir` when a card with the same key is there; else drawn
 * and stored (written beside and renamed, so a build stopped half-way leaves
 * no partial file under a key). Without `dir`, drawn every time.
 */
export async function cachedShareCardPng(
  card: ShareCard,
  dir: string | undefined,
  draw: (card: ShareCard) => Promise<Buffer> = drawShareCardPng,
): Promise<CachedCard> {
  if (!dir) return { png: await draw(card), cached: false };
  const path = join(dir, `${shareCardKey(card)}.png`);
  const stored = readWholePng(path);
  if (stored) return { png: stored, cached: true };
  const png = await draw(card);
  mkdirSync(dir, { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, path);
  return { png, cached: false };
}

/** The folder for the cards inside Astro's cache directory. */
export const shareCardCacheDir = (cacheDir: URL) => fileURLToPath(new URL('share-cards/', cacheDir));

/** Makes `import.meta.env.SHARE_CARD_CACHE_DIR` name the folder in this project's Astro cache directory. */
export default function shareCardCache(): AstroIntegration {
  return {
    name: 'share-card-cache',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({
          vite: {
            define: { 'import.meta.env.SHARE_CARD_CACHE_DIR': JSON.stringify(shareCardCacheDir(config.cacheDir)) },
          },
        });
      },
    },
  };
}
