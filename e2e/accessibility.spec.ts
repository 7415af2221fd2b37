/**
 * The accessibility gate: axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA
 * rules finds nothing on any built page, in the light and the dark theme, at
 * desktop and phone widths (the two Playwright projects); its best-practice
 * rules on headings and landmarks, which no theme changes, find nothing at
 * either width. The structure is also checked directly: one h1, no skipped
 * heading level, one banner, main and contentinfo, and no text outside a
 * landmark. A family of pages from one template (claim pages, speaker
 * pages) is scanned whole at desktop width and through its first page at
 * phone width (e2e/site.ts, `familyTag`).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { isArticlePage } from '../tools/gates/built-site.ts';
import { builtPages, familyTag, urlOf } from './site.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const STRUCTURE_RULES = [
  'page-has-heading-one',
  'heading-order',
  'empty-heading',
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-main-is-top-level',
  'region',
  'skip-link',
];

/** Axe's violations for the rules chosen, one line per rule; what axe could not decide is noted on the test. */
async function axeViolations(page: Page, rules: (axe: AxeBuilder) => AxeBuilder): Promise<string[]> {
  const result = await rules(new AxeBuilder({ page })).analyze();
  for (const incomplete of result.incomplete) {
    test.info().annotations.push({
      type: 'axe could not decide',
      description: `${incomplete.id}: ${incomplete.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    });
  }
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n    ')}`,
  );
}

/** Closed <details> hide their content from axe's checks: open them. */
async function openAllDetails(page: Page) {
  await page
    .locator('details:not([open]) > summary')
    .evaluateAll((summaries) => summaries.forEach((summary) => summary.parentElement!.setAttribute('open', '')));
}

// Axe runs in the page, and the no-JavaScript project renders as desktop does: the
// tests are tagged @js, so only the desktop and phone projects schedule them.
test.describe('accessibility', { tag: '@js' }, () => {
  // Axe cannot judge text over a gradient, and the claim highlight is one (a
  // band under the words): measure the contrast of what it carries directly.
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`claim highlights keep 4.5:1 contrast in the ${colorScheme} theme`, async ({ page }) => {
      const article = builtPages().find((p) => isArticlePage(p.path));
      expect(article, 'no article page').toBeDefined();
      await page.emulateMedia({ colorScheme });
      await page.goto(urlOf(article!));
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
      expect(ratios.length).toBeGreaterThan(0);
      expect(Math.min(...ratios)).toBeGreaterThanOrEqual(4.5);
    });
  }

  for (const builtPage of builtPages()) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(
        `${builtPage.path} in the ${colorScheme} theme: no WCAG 2.2 AA violation`,
        familyTag(builtPage),
        async ({ page }) => {
          await page.emulateMedia({ colorScheme });
          await page.goto(urlOf(builtPage));
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
            colorScheme === 'dark',
          );
          await openAllDetails(page);
          expect(await axeViolations(page, (axe) => axe.withTags(WCAG_22_AA))).toEqual([]);
        },
      );
    }

    test(
      `${builtPage.path}: one h1, headings in order, the landmarks in place`,
      familyTag(builtPage),
      async ({ page }) => {
        await page.goto(urlOf(builtPage));
        await expect(page.locator('h1')).toHaveCount(1);
        const levels = await page
          .locator('h1, h2, h3, h4, h5, h6')
          .evaluateAll((hs) => hs.map((h) => Number(h.localName[1])));
        expect(levels[0]).toBe(1);
        for (let i = 1; i < levels.length; i += 1) {
          expect(
            levels[i]! - levels[i - 1]!,
            `heading ${i + 1} (h${levels[i]}) after h${levels[i - 1]}`,
          ).toBeLessThanOrEqual(1);
        }
        await expect(page.getByRole('banner')).toHaveCount(1);
        await expect(page.getByRole('main')).toHaveCount(1);
        await expect(page.getByRole('contentinfo')).toHaveCount(1);
        await expect(page.getByRole('navigation').first()).toBeAttached();
        const outside = await page.evaluate(() =>
          Array.from(document.body.children)
            .filter((el) => !el.matches('header, main, footer, nav, aside, script, .skip-link'))
            .map((el) => el.outerHTML.slice(0, 80)),
        );
        expect(outside).toEqual([]);
        // Axe's heading and landmark rules, once per page and width: the theme changes only colours.
        await openAllDetails(page);
        expect(await axeViolations(page, (axe) => axe.withRules(STRUCTURE_RULES))).toEqual([]);
      },
    );
  }
});
