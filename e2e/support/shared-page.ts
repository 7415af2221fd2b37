/**
 * Several checks walked on one browser page, one step each (issue 24). A Playwright test costs about a second for
 * its browser page alone (opening and closing it) on top of what it checks, and the suite is bound by the CPU, so
 * checks that load the same page in the same project share a test and its page. Each check stays what it was as a
 * test of its own: `step` runs it so that a failure stops that check only (its step goes red, the test fails with
 * its error, and the next check still runs), and `resetPage` gives it the page a new test would have had: no page
 * loaded (so the next `goto` is a fresh load, with no hash, no open note, no scroll), nothing kept in the
 * page's storage (the theme and annotation switches persist there), the project's viewport and colour scheme, no
 * routes. What a check adds to the page itself (a listener, an init script) it removes itself.
 */
import { expect, test, type Page } from '@playwright/test';

/** Back to the state of a new page in this project, before the next check. */
export async function resetPage(page: Page): Promise<void> {
  if (/^https?:/.test(page.url()))
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  await page.goto('about:blank');
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  const { viewport, colorScheme } = test.info().project.use;
  if (viewport) await page.setViewportSize(viewport);
  // Playwright's default scheme is light; no check here uses print media, but one could.
  await page.emulateMedia({ media: null, colorScheme: colorScheme ?? 'light' });
}

/**
 * Runs one check as a step. If it throws (a hard expect, a timeout), its step is red with the error, the test
 * is marked failed with it as a soft failure, and the test goes on to its next step, as separate tests would.
 */
export async function step(title: string, body: () => Promise<void>): Promise<void> {
  try {
    await test.step(title, body);
  } catch (error) {
    expect
      .soft(() => {
        throw error;
      }, `${title}: stopped by`)
      .not.toThrow();
  }
}
