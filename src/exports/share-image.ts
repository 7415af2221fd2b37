/**
 * Each claim's Open Graph / Twitter card: a 1200×630 PNG made at build time
 * from the status, the one-sentence claim, the speaker and the edition's
 * name. satori lays the card out as SVG with the Noto Sans files of
 * @fontsource/noto-sans (nothing is fetched); @resvg/resvg-js rasterises it.
 * Light card inside a dark frame, so that it reads in light and dark feeds.
 *
 * Drawing a card costs about 50 ms (satori ~20, resvg ~30), so each is kept
 * between builds under a hash of everything that decides its pixels: the
 * laid-out element tree (text and styles), the fonts, the two renderers'
 * versions and the rasteriser's options. A change to any of them is a new
 * hash, hence a new drawing; nothing else can make a stale card. The cache
 * sits in Astro's cache directory (share-image-cache.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { ClaimStatus } from '~/model/statuses.ts';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** The statuses' light-theme colours, as in src/styles/global.css (a test keeps the two equal). */
export const STATUS_COLOURS: Record<ClaimStatus, string> = {
  supported: '#1d6b35',
  'partly-supported': '#0b6466',
  unverified: '#7a5300',
  disputed: '#9c1c6b',
  contradicted: '#b0161c',
  outdated: '#56524a',
  speculation: '#6b3fa0',
  opinion: '#45505c',
  context: '#1f5f8b',
};

export interface ShareCard {
  status: ClaimStatus;
  statusLabel: string;
  claim: string;
  speaker: string;
  edition: string;
}

const require = createRequire(import.meta.url);
type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Font[] | undefined;
function loadFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Noto Sans',
    data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown> } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** The claim, shortened at a word to fit the card. */
export function fitClaim(claim: string, max = 190): string {
  if (claim.length <= max) return claim;
  const cut = claim.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

/** The card as satori's element tree: every word and style that the drawing depends on. */
function shareCardTree(card: ShareCard): Node {
  const colour = STATUS_COLOURS[card.status];
  const claim = fitClaim(card.claim);
  const tree = el(
    'div',
    {
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      display: 'flex',
      background: '#1d1c1a',
      fontFamily: 'Noto Sans',
    },
    el(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        position: 'absolute',
        left: 24,
        top: 24,
        // Content box: the frame (24 each side), less the padding and the top border.
        width: SHARE_WIDTH - 48 - 112,
        height: SHARE_HEIGHT - 48 - 80 - 14,
        background: '#fbfaf5',
        color: '#1d1c1a',
        borderRadius: 12,
        borderTop: `14px solid ${colour}`,
        padding: '40px 56px',
      },
      [
        el(
          'div',
          { display: 'flex' },
          el(
            'div',
            {
              display: 'flex',
              color: colour,
              border: `3px solid ${colour}`,
              borderRadius: 8,
              padding: '4px 16px',
              fontSize: 30,
              fontWeight: 700,
              letterSpacing: 1,
              textTransform: 'uppercase',
            },
            card.statusLabel,
          ),
        ),
        el(
          'div',
          { display: 'flex', fontSize: claim.length > 140 ? 40 : 48, fontWeight: 700, lineHeight: 1.25 },
          claim,
        ),
        el('div', { display: 'flex', justifyContent: 'space-between', fontSize: 28, color: '#45505c' }, [
          el('div', { display: 'flex' }, `Claim by ${card.speaker}`),
          el('div', { display: 'flex' }, card.edition),
        ]),
      ],
    ),
  );
  return tree;
}

/** The card as SVG. */
export async function shareCardSvg(card: ShareCard): Promise<string> {
  return satori(shareCardTree(card), { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts: loadFonts() });
}

const RASTER_OPTIONS = { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } } as const;

/** The card as PNG, drawn now. */
export async function drawShareCardPng(card: ShareCard): Promise<Buffer> {
  return new Resvg(await shareCardSvg(card), RASTER_OPTIONS).render().asPng();
}

let renderers: string | undefined;
/** The fonts' digests and the renderers' versions: the part of a card's key that no card changes. */
function renderersFingerprint(): string {
  if (renderers === undefined) {
    const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
    const fontDigests = loadFonts().map((f) => createHash('sha256').update(f.data).digest('hex'));
    // @resvg/resvg-js exports no package.json: its version is read from the file beside its entry point.
    const resvgManifest = require.resolve('@resvg/resvg-js').replace(/[^/\\]+$/, 'package.json');
    const resvgVersion = (JSON.parse(readFileSync(resvgManifest, 'utf8')) as { version: string }).version;
    renderers = JSON.stringify({ satori: version('satori'), resvg: resvgVersion, fontDigests, RASTER_OPTIONS });
  }
  return renderers;
}

/** A content hash of everything that decides the card's pixels (the header says why it is enough). */
export function shareCardKey(card: ShareCard): string {
  return createHash('sha256')
    .update(renderersFingerprint())
    .update(JSON.stringify({ width: SHARE_WIDTH, height: SHARE_HEIGHT, tree: shareCardTree(card) }))
    .digest('hex');
}
