/**
 * The claims' share images: in the built site, one 1200×630 PNG per claim
 * page, within 60 KB, named by the page's og:image; and the card's status
 * colours are the site's (src/styles/global.css).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_COLOURS, fitClaim } from '~/exports/share-image.ts';
import { builtSite, DIST } from '../support/built.ts';
import { readProjectFile } from '../support/helpers.ts';

const site = builtSite();
const claimPages = (site?.pages ?? []).filter((p) => /^\/claims\/[^/]+\/$/.test(p.path));
const LIMIT = 60 * 1024;

/** Width and height from a PNG's IHDR chunk; throws if the file is not a PNG. */
function pngSize(data: Buffer): { width: number; height: number } {
  if (!data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    throw new Error('not a PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('each claim page’s share image', () => {
  it('is a 1200×630 PNG of at most 60 KB, named by the page’s og:image and twitter card', () => {
    expect(claimPages.length).toBeGreaterThan(0);
    for (const page of claimPages) {
      const html = readFileSync(join(DIST, page.file), 'utf8');
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(image, page.path).toBeDefined();
      const id = page.path.split('/')[2]!;
      expect(new URL(image!).pathname).toBe(`/share/${id}.png`);
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
      expect(html).toMatch(/<meta property="og:image:alt" content="[^"]+"/);
      const png = readFileSync(join(DIST, 'share', `${id}.png`));
      expect(pngSize(png), id).toEqual({ width: 1200, height: 630 });
      expect(png.length, `${id}.png is ${png.length} bytes`).toBeLessThanOrEqual(LIMIT);
    }
  });
});

describe('the share card', () => {
  it('uses the status colours of the site’s light theme', () => {
    const css = readProjectFile('src/styles/global.css');
    for (const [status, colour] of Object.entries(STATUS_COLOURS)) {
      // A verdict's hue is its --status custom property; the other statuses set their colour directly.
      const rule = new RegExp(
        `\\.status-${status} \\{\\s*(?:color: var\\(--status\\);\\s*--status|color): light-dark\\((#[0-9a-f]{6})`,
      ).exec(css);
      expect(rule?.[1], status).toBe(colour);
    }
  });

  it('shortens a long claim at a word, with an ellipsis', () => {
    const long = 'word '.repeat(60).trim();
    const fitted = fitClaim(long, 50);
    expect(fitted.length).toBeLessThanOrEqual(51);
    expect(fitted.endsWith('word…')).toBe(true);
    expect(fitClaim('Short claim.')).toBe('Short claim.');
  });
});
