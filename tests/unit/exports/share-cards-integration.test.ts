/**
 * The share cards written by the integration instead of a route per card:
 * each card of the list lands at share/<claim-id>.png, from the cache when
 * it is there, and a card that cannot be drawn fails with the claim's id and
 * file.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeShareCards, type ShareCardManifest } from '~/exports/share-cards-integration.ts';
import type { ShareCard } from '~/exports/share-image.ts';

const card = (claim: string): ShareCard => ({
  status: 'disputed',
  statusLabel: 'Disputed',
  claim,
  speaker: 'Peter Ford',
  edition: 'The test edition',
});
const manifest: ShareCardManifest = {
  cards: [
    { id: 'first-claim', file: 'content/claims/first-claim.yaml', card: card('The first claim.') },
    { id: 'second-claim', file: 'content/claims/second-claim.yaml', card: card('The second claim.') },
  ],
};

/** A stand-in for drawing: a small whole PNG holding the claim's words. */
const fakePng = async (c: ShareCard) =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(c.claim),
    Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]),
  ]);

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'share-cards-out-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writeShareCards', () => {
  it('writes each card at share/<claim-id>.png, drawn once and then read from the cache', async () => {
    const out = tempDir();
    const cache = join(tempDir(), 'share-cards');
    expect(await writeShareCards(manifest, out, cache, fakePng)).toBe(2);
    expect(readdirSync(join(out, 'share')).sort()).toEqual(['first-claim.png', 'second-claim.png']);
    expect(readFileSync(join(out, 'share', 'second-claim.png'))).toEqual(await fakePng(card('The second claim.')));

    const again = tempDir();
    const failing = async () => {
      throw new Error('drawn although cached');
    };
    expect(await writeShareCards(manifest, again, cache, failing)).toBe(0);
    expect(readFileSync(join(again, 'share', 'first-claim.png'))).toEqual(await fakePng(card('The first claim.')));
  });

  it("fails on a card that cannot be drawn, naming the claim's id and file", async () => {
    const out = tempDir();
    const draw = async (c: ShareCard) => {
      if (c.claim === 'The second claim.') throw new Error('satori: unsupported character');
      return fakePng(c);
    };
    await expect(writeShareCards(manifest, out, undefined, draw)).rejects.toThrow(
      'The share card of claim "second-claim" (content/claims/second-claim.yaml) could not be drawn: satori: unsupported character',
    );
    expect(existsSync(join(out, 'share', 'second-claim.png'))).toBe(false);
  });
});
