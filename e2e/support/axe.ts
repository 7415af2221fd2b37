/**
 * axe-core in the browser, and the theme the page is seen in: what the accessibility gate
 * (e2e/gates/every-page.spec.ts) and the highlight-contrast test (e2e/gates/accessibility.spec.ts) share.
 *
 * Loading pages and running axe are what cost time, so each page is scanned once per theme and width, on one
 * load: the theme is CSS alone (`light-dark()` in src/styles/global.css; no script reads the preference), so a
 * loaded page restyles at once when the preference changes, and changes only colours. The light theme's scan
 * runs every WCAG 2.0–2.2 A and AA rule, with the heading and landmark rules; the dark theme's runs the rules
 * that read colours (`COLOUR_RULES`), since nothing else differs between the two.
 */
import axe from 'axe-core';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe's best-practice rules on headings and landmarks, which no theme changes. */
export const STRUCTURE_RULES = [
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

/** The WCAG rules whose outcome depends on colours: text contrast, and links told from text by colour alone. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

type AxeResults = axe.AxeResults;

/**
 * Puts axe-core into every page the context loads from now on, as an init script: the browser keeps the
 * half-megabyte source and runs it at each load, where evaluating it into each loaded page sent it over
 * the wire again every time (a quarter of a second a page; @axe-core/playwright's legacy mode sends it twice
 * per scan). It runs in the page itself: the pages cannot have frames from other origins (their policy's
 * `default-src 'self'`), which is what axe's other mode exists for. An init script is the browser's, not the
 * page's: the page's Content Security Policy does not apply to it, and the page's own scripts never see it.
 */
export async function loadAxeOnEveryPage(context: BrowserContext) {
  await context.addInitScript({
    content: `${axe.source};axe.configure({ allowedOrigins: ['<same_origin>'], branding: { application: 'playwright' } });`,
  });
}

/**
 * Axe's violations, one line per rule, for the WCAG rules plus `extraRules` (`{ only }`: those rules
 * alone); what axe could not decide is noted on the test. Every rule asked for must have run (passed,
 * failed, undecided or found nothing to judge), so that a misconfigured scan cannot pass by checking
 * nothing. Axe lists every element for the violations and the undecided only: of the rules that passed or
 * found nothing to judge, the ids are what is read.
 */
export async function axeViolations(
  page: Page,
  at: string,
  { extraRules = [], only }: { extraRules?: string[]; only?: string[] } = {},
): Promise<string[]> {
  const options: axe.RunOptions = {
    runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: WCAG_22_AA },
    rules: Object.fromEntries(extraRules.map((rule) => [rule, { enabled: true }])),
    resultTypes: ['violations', 'incomplete'],
  };
  const result: AxeResults = await page.evaluate((o) => {
    const loaded = (window as unknown as { axe?: { run(c: Document, o: unknown): Promise<AxeResults> } }).axe;
    if (!loaded) throw new Error('axe-core is not in the page: call loadAxeOnEveryPage(context) before loading it');
    return loaded.run(document, o);
  }, options);
  const ran = new Set(
    [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map((r) => r.id),
  );
  expect
    .soft(
      [...extraRules, ...(only ?? [])].filter((rule) => !ran.has(rule)),
      `${at}: rules axe did not run`,
    )
    .toEqual([]);
  expect.soft(ran.has('color-contrast'), `${at}: axe ran the contrast rule`).toBe(true);
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

/** Closed <details> hide their content from axe's checks (and from the reader's eyes): open them. */
export async function openAllDetails(page: Page) {
  await page
    .locator('details:not([open]) > summary')
    .evaluateAll((summaries) => summaries.forEach((summary) => summary.parentElement!.setAttribute('open', '')));
}

/**
 * Sets the theme the reader's system prefers, and returns the page's colours under it. The preference
 * is checked in the page, and the callers check that the colours changed.
 */
export async function preferTheme(page: Page, colorScheme: 'light' | 'dark', at = ''): Promise<string> {
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
