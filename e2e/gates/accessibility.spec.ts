/**
 * The accessibility gate's part that is not per page: the claim highlight keeps 4.5:1 contrast in the light
 * and the dark theme. Axe cannot judge text over a gradient, and the highlight is one (a band under the
 * words), so the contrast of what it carries is measured directly.
 *
 * Axe itself, with the heading and landmark checks, runs on every page in e2e/gates/every-page.spec.ts,
 * on the same load as the other per-page gates.
 */
import { expect, test } from '@playwright/test';
import { isArticlePage } from '../../tools/gates/built-site.ts';
import { preferTheme } from '../support/axe.ts';
import { builtPages, urlOf } from '../support/site.ts';

// The theme is switched and read in the page, and the no-JavaScript project renders as desktop does: the
// test is tagged @js, so only the desktop and phone projects schedule it.
test.describe('accessibility', { tag: '@js' }, () => {
  test('claim highlights keep 4.5:1 contrast in the light and the dark theme', async ({ page }) => {
    const article = builtPages().find((p) => isArticlePage(p.path));
    expect(article, 'no article page').toBeDefined();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(urlOf(article!));
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      colours.push(await preferTheme(page, colorScheme));
      const ratios = await page.locator('[data-article-text] [data-claim]').evaluateAll((claims) => {
        const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = (color: string) => {
          const [r, g, b] = rgb(color).map((v) => {
            const c = v / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const contrast = (a: string, b: string) => {
          const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
          return (hi! + 0.05) / (lo! + 0.05);
        };
        const probe = document.createElement('span');
        document.body.append(probe);
        probe.style.backgroundColor = 'var(--mark)';
        const mark = getComputedStyle(probe).backgroundColor;
        probe.style.backgroundColor = 'var(--bg)';
        const bg = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return claims.flatMap((claim) =>
          [claim, ...Array.from(claim.querySelectorAll('a'))].flatMap((el) => {
            const color = getComputedStyle(el).color;
            return [contrast(color, mark), contrast(color, bg)];
          }),
        );
      });
      expect.soft(ratios.length, `${colorScheme} theme`).toBeGreaterThan(0);
      expect.soft(Math.min(...ratios), `${colorScheme} theme`).toBeGreaterThanOrEqual(4.5);
    }
    expect(colours[1], 'the page restyles in the dark theme').not.toBe(colours[0]);
  });
});
