/**
 * The statuses' colours in src/styles/global.css, read from the stylesheet itself: every verdict is a fill with
 * the page's background as its text, every other status its colour on the page, and each pair passes WCAG AA
 * (4.5:1) in both themes; the verdicts' fills differ in hue (the grey of "out of date" apart) and each has a glyph.
 * The WCAG formula is written here (a few lines): no colour library is a dependency of the project.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUS_IDS, VERDICT_STATUSES } from '~/model/statuses.ts';

const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');
const pair = (value: string) =>
  /light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(value)!.slice(1) as [string, string];
const [pageLight, pageDark] = pair(/--bg:\s*([^;]+);/.exec(css)![1]!);

/** The rule that gives the verdicts' fills the page's background as their text. */
const filledText = /\.status:is\(([^)]*)\)\s*\{\s*color:\s*var\(--bg\);/.exec(css)?.[1] ?? '';

function rule(status: string): string {
  const found = new RegExp(`\\.status-${status} \\{([^}]*)\\}`).exec(css);
  if (!found) throw new Error(`global.css has no rule for .status-${status}`);
  return found[1]!;
}

const channels = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
function hue(hex: string): { hue: number; saturation: number } {
  const [r, g, b] = channels(hex);
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return { hue: 0, saturation: 0 };
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { hue: (h * 60 + 360) % 360, saturation: d / (1 - Math.abs(2 * ((max + max - d) / 2) - 1)) };
}

describe('status colours', () => {
  it.each(CLAIM_STATUS_IDS)('%s: text and fill pass WCAG AA (4.5:1) in both themes', (status) => {
    const body = rule(status);
    if (VERDICT_STATUSES.has(status)) {
      // A verdict: filled, its text the page's background (its hue where the class colours text); and a glyph.
      expect(body).toMatch(/color:\s*var\(--status\)/);
      expect(filledText).toContain(`.status-${status},`.replace(/,$/, ''));
      expect(body).toMatch(/--glyph:\s*'[^']+'/);
      const [light, dark] = pair(/--status:\s*([^;]+);/.exec(body)![1]!);
      expect(contrast(light, pageLight), `${light} filled, light`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(dark, pageDark), `${dark} filled, dark`).toBeGreaterThanOrEqual(4.5);
    } else {
      const [light, dark] = pair(/color:\s*([^;]+);/.exec(body)![1]!);
      expect(body).not.toMatch(/--status/);
      expect(contrast(light, pageLight), `${light} on the page, light`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(dark, pageDark), `${dark} on the page, dark`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives each verdict its own hue, at least 25° from every other (a grey apart), in both themes', () => {
    for (const theme of [0, 1]) {
      const fills = [...VERDICT_STATUSES].map((status) => ({
        status,
        ...hue(pair(/--status:\s*([^;]+);/.exec(rule(status))![1]!)[theme]!),
      }));
      const coloured = fills.filter((f) => f.saturation > 0.15);
      expect(coloured.length).toBeGreaterThanOrEqual(fills.length - 1);
      for (const a of coloured)
        for (const b of coloured) {
          if (a === b) continue;
          const apart = Math.min(Math.abs(a.hue - b.hue), 360 - Math.abs(a.hue - b.hue));
          expect(apart, `${a.status} and ${b.status}, theme ${theme}`).toBeGreaterThanOrEqual(25);
        }
    }
  });
});
