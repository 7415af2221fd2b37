/**
 * The accessibility gate: axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA
 * rules finds nothing on any built page, in the light and the dark theme, at
 * desktop width (1280 px) and the narrowest phone width (320 px, in the phone
 * project); its best-practice rules on headings and landmarks, which no theme
 * changes, find nothing at either width. The structure is also checked
 * directly: one h1, no skipped heading level, one banner, main and
 * contentinfo, and no text outside a landmark. A family of pages from one template (claim pages, speaker
 * pages) is scanned whole at desktop width and through its first page at
 * phone width (e2e/support/site.ts, `pageRuns`).
 *
 * Loading pages and running axe are what cost time, so each page is loaded
 * once and scanned once per theme; the heading and landmark rules ride along
 * in the light theme's scan. Each test walks a run of pages in one browser
 * page (`pageRuns` in e2e/support/site.ts): a test per page spent a second or more
 * starting a browser context. Soft assertions, each naming the page, let one
 * failing check still report the others, as separate tests would.
 */
import axe from 'axe-core';
import { expect, test, type Page } from '@playwright/test';
import { isArticlePage } from '../../tools/gates/built-site.ts';
import { builtPages, pageRuns, urlOf } from '../support/site.ts';

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

type AxeResults = axe.AxeResults;
/** How the runs of pages are dealt: enough tests to keep both workers busy. */
const RUNS = 4;

/**
 * Puts axe-core into the loaded page, once per load (@axe-core/playwright's legacy mode sends its
 * half-megabyte source twice per scan). It runs in the page itself: the pages cannot have frames from
 * other origins (their policy's `default-src 'self'`), which is what axe's other mode exists for.
 */
async function injectAxe(page: Page) {
  await page.evaluate(
    `${axe.source};axe.configure({ allowedOrigins: ['<same_origin>'], branding: { application: 'playwright' } });`,
  );
}

/**
 * Axe's violations for the WCAG rules, plus the rules named, one line per rule; what axe could
 * not decide is noted on the test. Every rule asked for must have run (passed, failed, undecided
 * or found nothing to judge), so that a misconfigured scan cannot pass by checking nothing.
 * Axe lists every element for the violations and the undecided only: of the rules that passed or
 * found nothing to judge, the ids are what is read.
 */
async function axeViolations(page: Page, at: string, extraRules: string[] = []): Promise<string[]> {
  const options: axe.RunOptions = {
    runOnly: { type: 'tag', values: WCAG_22_AA },
    rules: Object.fromEntries(extraRules.map((rule) => [rule, { enabled: true }])),
    resultTypes: ['violations', 'incomplete'],
  };
  const result: AxeResults = await page.evaluate(
    (o) => (window as unknown as { axe: { run(c: Document, o: unknown): Promise<AxeResults> } }).axe.run(document, o),
    options,
  );
  const ran = new Set(
    [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map((r) => r.id),
  );
  expect
    .soft(
      extraRules.filter((rule) => !ran.has(rule)),
      `${at}: rules axe did not run`,
    )
    .toEqual([]);
  expect.soft(ran.has('color-contrast'), `${at}: axe ran the WCAG rules`).toBe(true);
  for (const incomplete of result.incomplete) {
    test.info().annotations.push({
      type: 'axe could not decide',
      description: `${at}, ${incomplete.id}: ${incomplete.nodes.map((n) => n.target.join(' ')).join(', ')}`,
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
async function preferTheme(page: Page, colorScheme: 'light' | 'dark', at = ''): Promise<string> {
  await page.emulateMedia({ colorScheme });
  const { dark, colours } = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return {
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      colours: `${style.color} on ${style.backgroundColor}`,
    };
  });
  expect(dark, `${at}the preferred theme`).toBe(colorScheme === 'dark');
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

  for (const run of pageRuns(RUNS)) {
    test(
      `${run.name}: one h1, headings in order, the landmarks in place; no WCAG 2.2 AA violation in the light or the dark theme`,
      run.tag ? { tag: run.tag } : {},
      async ({ page, isMobile }) => {
        // Each page: a load and two scans, up to ten seconds on a busy machine.
        test.setTimeout(30_000 + run.pages.length * 15_000);
        // On the phone project, the narrowest screen the site supports (320 px), where text and controls wrap most.
        if (isMobile) await page.setViewportSize({ width: PHONE_WIDTH, height: 640 });
        for (const builtPage of run.pages) {
          const at = builtPage.path;
          await page.emulateMedia({ colorScheme: 'light' });
          await page.goto(urlOf(builtPage));
          const light = await preferTheme(page, 'light', `${at}: `);
          await expect.soft(page.locator('h1'), `${at}: one h1`).toHaveCount(1);
          const levels = await page
            .locator('h1, h2, h3, h4, h5, h6')
            .evaluateAll((hs) => hs.map((h) => Number(h.localName[1])));
          expect.soft(levels[0], `${at}: the first heading`).toBe(1);
          for (let i = 1; i < levels.length; i += 1) {
            expect
              .soft(levels[i]! - levels[i - 1]!, `${at}: heading ${i + 1} (h${levels[i]}) after h${levels[i - 1]}`)
              .toBeLessThanOrEqual(1);
          }
          await expect.soft(page.getByRole('banner'), `${at}: one banner`).toHaveCount(1);
          await expect.soft(page.getByRole('main'), `${at}: one main`).toHaveCount(1);
          await expect.soft(page.getByRole('contentinfo'), `${at}: one contentinfo`).toHaveCount(1);
          await expect.soft(page.getByRole('navigation').first(), `${at}: a navigation`).toBeAttached();
          const outside = await page.evaluate(() =>
            Array.from(document.body.children)
              .filter((el) => !el.matches('header, main, footer, nav, aside, script, .skip-link'))
              .map((el) => el.outerHTML.slice(0, 80)),
          );
          expect.soft(outside, `${at}: outside the landmarks`).toEqual([]);
          await openAllDetails(page);
          await injectAxe(page);
          // The heading and landmark rules once per page and width, in this scan: the theme changes only colours.
          expect
            .soft(await axeViolations(page, `${at}, light theme`, STRUCTURE_RULES), `${at}, light theme`)
            .toEqual([]);

          expect
            .soft(await preferTheme(page, 'dark', `${at}: `), `${at}: the page restyles in the dark theme`)
            .not.toBe(light);
          expect.soft(await axeViolations(page, `${at}, dark theme`), `${at}, dark theme`).toEqual([]);
        }
      },
    );
  }
});
