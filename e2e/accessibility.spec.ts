/**
 * The accessibility gate: axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA
 * rules finds nothing on any built page, in the light and the dark theme, at
 * desktop width (1280 px) and the narrowest phone width (320 px, in the phone
 * project); its best-practice rules on headings and landmarks, which no theme
 * changes, find nothing at either width. The structure is also checked
 * directly: one h1, no skipped heading level, one banner, main and
 * contentinfo, and no text outside a landmark. A family of pages from one template (claim pages, speaker
 * pages) is scanned whole at desktop width and through its first page at
 * phone width (e2e/site.ts, `familyTag`).
 *
 * Why one test per page and width: loading pages and running axe are what
 * cost time, so each page is loaded once and scanned once per theme; the
 * heading and landmark rules ride along in the light theme's scan. Soft
 * assertions let one failing check still report the others, as separate
 * tests would.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { isArticlePage } from '../tools/gates/built-site.ts';
import { builtPages, familyTag, urlOf } from './site.ts';

/** The phone project's width for the scans: the narrowest the site supports. */
const PHONE_WIDTH = 320;
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

type AxeOptions = Parameters<AxeBuilder['options']>[0];
type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/**
 * Axe's violations for the WCAG rules, plus the rules named, one line per rule; what axe could
 * not decide is noted on the test. Every rule asked for must have run (passed, failed, undecided
 * or found nothing to judge), so that a misconfigured scan cannot pass by checking nothing.
 * Axe runs in the page itself (`setLegacyMode`): the default mode finishes each scan in a second,
 * blank page, which doubles its cost, and exists for frames from other origins, which the pages
 * cannot have (their policy's `default-src 'self'`) and do not have. A second scan of the same
 * load (`again`) makes the call the legacy mode makes, `axe.run`, on the axe the first injected.
 */
async function axeViolations(page: Page, theme: string, again: boolean, extraRules: string[] = []): Promise<string[]> {
  const options: AxeOptions = {
    runOnly: { type: 'tag', values: WCAG_22_AA },
    rules: Object.fromEntries(extraRules.map((rule) => [rule, { enabled: true }])),
  };
  const result: AxeResults = again
    ? await page.evaluate(
        (o) =>
          (window as unknown as { axe: { run(c: Document, o: unknown): Promise<AxeResults> } }).axe.run(document, o),
        options,
      )
    : await new AxeBuilder({ page }).options(options).setLegacyMode().analyze();
  const ran = new Set(
    [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map((r) => r.id),
  );
  expect
    .soft(
      extraRules.filter((rule) => !ran.has(rule)),
      `${theme} theme: rules axe did not run`,
    )
    .toEqual([]);
  expect.soft(ran.has('color-contrast'), `${theme} theme: axe ran the WCAG rules`).toBe(true);
  for (const incomplete of result.incomplete) {
    test.info().annotations.push({
      type: 'axe could not decide',
      description: `${theme} theme, ${incomplete.id}: ${incomplete.nodes.map((n) => n.target.join(' ')).join(', ')}`,
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

/**
 * Sets the theme the reader's system prefers, and returns the page's colours under it. The
 * theme is CSS alone (`light-dark()` in src/styles/global.css; no script reads the preference),
 * so a loaded page restyles at once, as a fresh load in that theme would look: the preference
 * is checked in the page, and the callers check that the colours changed.
 */
async function preferTheme(page: Page, colorScheme: 'light' | 'dark'): Promise<string> {
  await page.emulateMedia({ colorScheme });
  const { dark, colours } = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return {
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      colours: `${style.color} on ${style.backgroundColor}`,
    };
  });
  expect(dark, 'the preferred theme').toBe(colorScheme === 'dark');
  return colours;
}

// Axe runs in the page, and the no-JavaScript project renders as desktop does: the
// tests are tagged @js, so only the desktop and phone projects schedule them.
test.describe('accessibility', { tag: '@js' }, () => {
  // Axe cannot judge text over a gradient, and the claim highlight is one (a
  // band under the words): measure the contrast of what it carries directly.
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

  for (const builtPage of builtPages()) {
    test(
      `${builtPage.path}: one h1, headings in order, the landmarks in place; no WCAG 2.2 AA violation in the light or the dark theme`,
      familyTag(builtPage),
      async ({ page, isMobile }) => {
        // The work of three tests before they shared one load: their time too, on a busy machine.
        test.slow();
        // On the phone project, the narrowest screen the site supports (320 px), where text and controls wrap most.
        if (isMobile) await page.setViewportSize({ width: PHONE_WIDTH, height: 640 });
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(urlOf(builtPage));
        const light = await preferTheme(page, 'light');
        await expect.soft(page.locator('h1')).toHaveCount(1);
        const levels = await page
          .locator('h1, h2, h3, h4, h5, h6')
          .evaluateAll((hs) => hs.map((h) => Number(h.localName[1])));
        expect.soft(levels[0]).toBe(1);
        for (let i = 1; i < levels.length; i += 1) {
          expect
            .soft(levels[i]! - levels[i - 1]!, `heading ${i + 1} (h${levels[i]}) after h${levels[i - 1]}`)
            .toBeLessThanOrEqual(1);
        }
        await expect.soft(page.getByRole('banner')).toHaveCount(1);
        await expect.soft(page.getByRole('main')).toHaveCount(1);
        await expect.soft(page.getByRole('contentinfo')).toHaveCount(1);
        await expect.soft(page.getByRole('navigation').first()).toBeAttached();
        const outside = await page.evaluate(() =>
          Array.from(document.body.children)
            .filter((el) => !el.matches('header, main, footer, nav, aside, script, .skip-link'))
            .map((el) => el.outerHTML.slice(0, 80)),
        );
        expect.soft(outside).toEqual([]);
        await openAllDetails(page);
        // The heading and landmark rules once per page and width, in this scan: the theme changes only colours.
        expect.soft(await axeViolations(page, 'light', false, STRUCTURE_RULES), 'light theme').toEqual([]);

        expect.soft(await preferTheme(page, 'dark'), 'the page restyles in the dark theme').not.toBe(light);
        expect.soft(await axeViolations(page, 'dark', true), 'dark theme').toEqual([]);
      },
    );
  }
});
