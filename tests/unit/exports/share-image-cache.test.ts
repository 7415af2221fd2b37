/**
 * The share cards' cache between builds: a card is drawn once per content
 * hash, read back after, redrawn when anything that decides its pixels
 * changes or when the stored file is not a whole PNG.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedShareCardPng } from '~/exports/share-image-cache.ts';
import { drawShareCardPng, shareCardKey, type ShareCard } from '~/exports/share-image.ts';

const card: ShareCard = {
  status: 'disputed',
  statusLabel: 'Disputed',
  claim: 'A claim of the test, long enough to wrap on the card.',
  speaker: 'Peter Ford',
  edition: 'The test edition',
};

/** A stand-in for drawing: a small whole PNG per card, counting its calls. */
function countingDraw() {
  const drawn: ShareCard[] = [];
  // eslint-disable-next-line @typescript-eslint/require-await -- stands in for the real drawer, which is async
  const draw = async (c: ShareCard) => {
    drawn.push(c);
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from(c.claim),
      Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]),
    ]);
  };
  return { drawn, draw };
}

const dirs: string[] = [];
function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'share-cards-'));
  dirs.push(dir);
  return join(dir, 'share-cards');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('shareCardKey', () => {
  it('is the same for the same card and differs when any field that is drawn differs', () => {
    const key = shareCardKey(card);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(shareCardKey({ ...card })).toBe(key);
    for (const change of [
      { status: 'supported' as const },
      { statusLabel: 'Contested' },
      { claim: `${card.claim}!` },
      { speaker: 'Ray Finch' },
      { edition: 'Another edition' },
    ]) {
      expect(shareCardKey({ ...card, ...change }), JSON.stringify(change)).not.toBe(key);
    }
  });
});

describe('cachedShareCardPng', () => {
  it('draws every time without a cache folder', async () => {
    const { drawn, draw } = countingDraw();
    await cachedShareCardPng(card, undefined, draw);
    const second = await cachedShareCardPng(card, undefined, draw);
    expect(drawn).toHaveLength(2);
    expect(second.cached).toBe(false);
  });

  it('draws a card once, stores it under its key, and reads it back after', async () => {
    const dir = cacheDir();
    const { drawn, draw } = countingDraw();
    const first = await cachedShareCardPng(card, dir, draw);
    expect(first.cached).toBe(false);
    expect(readdirSync(dir)).toEqual([`${shareCardKey(card)}.png`]);
    const second = await cachedShareCardPng(card, dir, draw);
    expect(second).toEqual({ png: first.png, cached: true });
    expect(drawn).toHaveLength(1);
  });

  it('draws a changed card anew and keeps both', async () => {
    const dir = cacheDir();
    const { drawn, draw } = countingDraw();
    await cachedShareCardPng(card, dir, draw);
    const changed = await cachedShareCardPng({ ...card, claim: 'Another claim.' }, dir, draw);
    expect(changed.cached).toBe(false);
    expect(drawn.map((c) => c.claim)).toEqual([card.claim, 'Another claim.']);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('draws again over a stored file that is not a whole PNG', async () => {
    const dir = cacheDir();
    const { drawn, draw } = countingDraw();
    const { png } = await cachedShareCardPng(card, dir, draw);
    const file = join(dir, `${shareCardKey(card)}.png`);
    writeFileSync(file, png.subarray(0, png.length - 4)); // cut short, as by a build stopped mid-write
    const again = await cachedShareCardPng(card, dir, draw);
    expect(again.cached).toBe(false);
    expect(drawn).toHaveLength(2);
    expect(readFileSync(file)).toEqual(png);
  });

  it('returns from the cache the very bytes that drawing gives', async () => {
    const dir = cacheDir();
    const drawnNow = await drawShareCardPng(card);
    await cachedShareCardPng(card, dir);
    const fromCache = await cachedShareCardPng(card, dir);
    expect(fromCache.cached).toBe(true);
    expect(fromCache.png.equals(drawnNow)).toBe(true);
  }, 30_000);
});
