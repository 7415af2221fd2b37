/**
 * The keyboard walk: a reader with only a keyboard reaches every link and
 * control on every page with Tab, in reading order, always seeing where the
 * focus is; skips to the content; and on an article goes from a claim's
 * number to its note and back, and from its link to the map and places to the
 * places page and the map's own file. Each test walks a run of pages in one
 * browser page (`pageRuns` in e2e/support/site.ts: a test per page spent a second or
 * more starting a browser context); every assertion names its page.
 */
import { expect, test, type Page } from '@playwright/test';
import { isArticlePage } from '../../tools/gates/built-site.ts';
import { builtPages, pageRuns, urlOf } from '../support/site.ts';

/** How the runs of pages are dealt: enough tests to keep both workers busy. */
const RUNS = 4;

interface Focused {
  key: string;
  visibleRing: boolean;
  inViewport: boolean;
}

/**
 * Marks each element that should take focus, in document order, returns
 * their keys, and records in the page, at each focus, which element got it,
 * whether a focus ring shows and whether it is on screen.
 */
async function prepareWalk(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // What Tab reaches: not what is taken out of the tab order (tabindex="-1": the article's margin notes, whose
    // mark is the control).
    const selector =
      ':is(a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]):not([tabindex="-1"])';
    const keyOf = (el: HTMLElement) =>
      `${el.dataset['kbWalk'] ?? '?'} ${el.localName} ${el.getAttribute('href') ?? ''} ${(el.textContent ?? '').trim().slice(0, 30)}`;
    const log: Focused[] = [];
    (window as unknown as { kbWalk: Focused[] }).kbWalk = log;
    document.addEventListener('focusin', (event) => {
      // Measured at once: the next Tab may come before the next frame.
      const el = event.target as HTMLElement;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      log.push({
        key: keyOf(el),
        visibleRing:
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
        inViewport:
          rect.width > 0 &&
          rect.height > 0 &&
          rect.bottom > 0 &&
          rect.top < innerHeight &&
          rect.right > 0 &&
          rect.left < innerWidth,
      });
    });
    return (
      Array.from(document.querySelectorAll<HTMLElement>(selector))
        // What a closed <details> holds is skipped by checkVisibility (its content is content-visibility: hidden),
        // unless the page's stylesheet shows it open, as the claims index's filters are from 768 px.
        .filter((el) => el.checkVisibility({ visibilityProperty: true }))
        // Tab stops once in a group of radio buttons, on the checked one.
        .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
        .map((el, i) => {
          el.dataset['kbWalk'] = String(i);
          return keyOf(el);
        })
    );
  });
}

const activeMatches = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

async function tabUntil(page: Page, selector: string, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await activeMatches(page, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

// A keyboard walk runs on the desktop layout (tagged @desktop: only that project
// schedules it). The site needs no JavaScript, so the desktop project stands for the
// no-JavaScript one too; the walk records focus with a listener in the page.
// A family of pages made from one template (every claim's page, every speaker's page)
// is walked through its first page: the walk tests the template's order and focus ring.
test.describe('keyboard', { tag: '@desktop' }, () => {
  for (const run of pageRuns(RUNS, { oneOfEachFamily: true })) {
    test(`${run.name}: Tab reaches every link and control in order, with a visible focus ring; the first Tab shows the skip link, which moves focus to the content`, async ({
      page,
    }) => {
      // Each page: two loads and a Tab for every link, hundreds on the longest page.
      test.setTimeout(30_000 + run.pages.length * 30_000);
      for (const builtPage of run.pages) {
        const at = builtPage.path;
        await page.goto(urlOf(builtPage));
        // The search form shows once its script has loaded Pagefind: walk it then, not before.
        const searchForm = page.locator('[data-search-form]');
        if ((await searchForm.count()) > 0) await expect(searchForm, `${at}: the search form`).toBeVisible();
        const expected = await prepareWalk(page);
        expect.soft(expected.length, `${at}: links and controls`).toBeGreaterThan(0);
        // One Tab past the last element leaves the page (focus goes to the browser's UI).
        // The presses are sent without waiting for each to return: the browser handles them in order, and
        // the listener records each focus as it happens, so only the round trips are saved.
        await Promise.all(Array.from({ length: expected.length + 1 }, () => page.keyboard.press('Tab')));
        await page.evaluate(() => new Promise(requestAnimationFrame));
        const walked = await page.evaluate(() => (window as unknown as { kbWalk: Focused[] }).kbWalk);
        expect
          .soft(
            walked.map((f) => f.key),
            `${at}: the order Tab takes`,
          )
          .toEqual(expected);
        expect
          .soft(
            walked.filter((f) => !f.visibleRing).map((f) => f.key),
            `${at}: no focus ring`,
          )
          .toEqual([]);
        expect
          .soft(
            walked.filter((f) => !f.inViewport).map((f) => f.key),
            `${at}: focused off screen`,
          )
          .toEqual([]);

        // A fresh load: the first Tab shows the skip link, which moves focus to the content.
        await page.goto(urlOf(builtPage));
        await page.keyboard.press('Tab');
        const skip = page.getByRole('link', { name: 'Skip to the content' });
        await expect.soft(skip, `${at}: the first Tab`).toBeFocused();
        await expect.soft(skip, `${at}: the skip link`).toBeInViewport();
        await page.keyboard.press('Enter');
        await expect.soft(page.locator('main'), `${at}: the skip link's target`).toBeFocused();
        await page.keyboard.press('Tab');
        expect
          .soft(
            await activeMatches(page, 'main a, main summary, main button, main input, main select'),
            `${at}: the Tab after the skip link`,
          )
          .toBe(true);
      }
    });
  }

  const article = builtPages().find((p) => isArticlePage(p.path));
  test('an article: a claim number opens its note in place and closes it by keyboard alone; the full note leads back', async ({
    page,
  }) => {
    expect(article, 'no article page').toBeDefined();
    await page.goto(urlOf(article!));
    await tabUntil(page, '[data-article-text] sup a');
    // The back-link returns to the marker (the <sup>) around the number.
    const ref = await page.evaluate(() => ({
      id: document.activeElement!.closest('sup')!.id,
      href: document.activeElement!.getAttribute('href')!,
    }));
    // Enter opens the note in place; the next Tab is inside it; Escape closes it and focus is on the number again.
    await page.keyboard.press('Enter');
    await expect(page.locator('#note-open')).toBeVisible();
    await page.keyboard.press('Tab');
    expect(await activeMatches(page, '#note-open *')).toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#note-open')).toHaveCount(0);
    expect(await activeMatches(page, `#${ref.id} a`)).toBe(true);
    // The full note (what the number leads to without JavaScript) leads back to the number.
    await page.goto(`${urlOf(article!)}${ref.href}`);
    await expect(page.locator(ref.href)).toBeInViewport();
    await tabUntil(page, `${ref.href} a[href="#${ref.id}"]`, 50);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${ref.id}$`));
    await expect(page.locator(`#${ref.id}`)).toBeInViewport();
  });

  // The map lives on the article's places page (issue 11: the article page's first view fits one round trip).
  test('an article: Tab reaches its link to the map and places, Enter opens them, and Tab reaches the map’s file', async ({
    page,
  }) => {
    expect(article, 'no article page').toBeDefined();
    await page.goto(urlOf(article!));
    await tabUntil(page, '.article-toc a[href$="/places/"]', 60);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/places\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map');
    await tabUntil(page, '.place-map figcaption a[href$=".svg"]', 60);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/maps\/[a-z0-9-]+\.svg$/);
  });
});
