/**
 * Reading the notes in place: popovers on phones, sidenotes on wide screens,
 * endnotes everywhere; the theme and annotation switches; print.
 */
import { expect, test } from '@playwright/test';
import { articles } from '../support/content.ts';

const [article] = articles();
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1400, height: 1000 };

// Needs JavaScript and sets its own viewport: scheduled in the desktop project only.
test.describe('with JavaScript', { tag: ['@js', '@desktop'] }, () => {
  test('keyboard only: every note opens from its number, reads, closes with Escape and gives focus back; the close button closes a note on a touch screen', async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize(PHONE);
    await page.goto(article!.path);
    const buttons = page.locator('[data-article-text] button.ref-button');
    const targets = await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('popovertarget')!));
    expect(targets.length).toBeGreaterThan(0);
    await page.locator('#show-annotations').focus();
    for (const [i, target] of targets.entries()) {
      const button = buttons.nth(i);
      const at = `note button ${i + 1} (#${target})`;
      // Tab until this note's button has focus: nothing but the keyboard.
      for (let step = 0; step < 10 && !(await button.evaluate((el) => el === document.activeElement)); step += 1) {
        await page.keyboard.press('Tab');
      }
      await expect(button, at).toBeFocused();
      const popover = page.locator(`#${target}`);
      await expect(popover, at).toBeHidden();
      await page.keyboard.press('Enter');
      await expect(popover, at).toBeVisible();
      // What the open note shows, read in one call into the page.
      const shown = await popover.evaluate((el) => {
        const visible = (e: Element | null) => !!e && e.checkVisibility({ visibilityProperty: true });
        const r = el.getBoundingClientRect();
        const again = Array.from(el.querySelectorAll('.note-pop-again a'));
        const claims = Array.from(el.querySelectorAll('.note-pop-claim'));
        const statuses = Array.from(el.querySelectorAll('.status'));
        return {
          open: el.matches(':popover-open'),
          again: again.map((a) => a.getAttribute('href')),
          claims: claims.map((c) => (c.textContent ?? '').trim().length > 0),
          status: statuses.length === 1 && visible(statuses[0]!),
          inViewport:
            r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
        };
      });
      expect.soft(shown.open, `${at}: :popover-open`).toBe(true);
      // The claim's sentence at its first mark; a later mark of the same claim leads back to the first.
      if (shown.again.length > 0) {
        expect.soft(shown.again, `${at}: the link to the first mark`).toHaveLength(1);
        expect.soft(shown.again[0], `${at}: the link to the first mark`).toMatch(/^#claim-ref-[a-z0-9-]+-1$/);
      } else expect.soft(shown.claims, `${at}: the claim's sentence`).toEqual([true]);
      expect.soft(shown.status, `${at}: one visible status`).toBe(true);
      expect.soft(shown.inViewport, `${at}: in view`).toBe(true);
      await page.keyboard.press('Escape');
      await expect(popover, at).toBeHidden();
      await expect(button, at).toBeFocused();
    }

    // On a touch screen: the close button closes a note.
    await page.goto(article!.path);
    const button = buttons.first();
    await button.click();
    const popover = page.locator(`#${targets[0]}`);
    await expect(popover).toBeVisible();
    await popover.getByRole('button', { name: /Close note/ }).click();
    await expect(popover).toBeHidden();
  });

  test('wide screens show every short note as a sidenote beside the text', async ({ page }) => {
    await page.setViewportSize(WIDE);
    await page.goto(article!.path);
    const sidenotes = page.locator('[data-article-text] .note-pop');
    expect(await sidenotes.count()).toBeGreaterThan(0);
    const text = await page.locator('[data-article-text] p').first().boundingBox();
    for (const note of await sidenotes.all()) {
      await expect(note).toBeVisible();
      const box = await note.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(text!.x + text!.width);
    }
    await expect(page.locator('[data-article-text] button.ref-button').first()).toBeHidden();
    await expect(page.locator('[data-article-text] a.ref-link').first()).toBeVisible();
  });

  test('the theme switch persists across reloads, applied before the page is drawn; the annotations switch is kept across reloads', async ({
    page,
  }) => {
    // Records the theme when the first visible content (the site header) is
    // parsed, i.e. before it can be drawn.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.site-header')) {
          (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? 'auto';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(article!.path);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.getByLabel('Dark').check();
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    expect(await background()).toBe(dark);
    await expect(page.getByLabel('Dark')).toBeChecked();
    await page.getByLabel('Auto').check();
    await page.reload();
    expect(await background()).toBe(light);

    // The annotations switch, on a fresh load of the article.
    await page.goto(article!.path);
    const marker = page.locator('[data-article-text] sup.claim-ref').first();
    await expect(marker).toBeVisible();
    await page.getByLabel('Show annotations in the text').uncheck();
    await expect(marker).toBeHidden();
    await page.reload();
    await expect(page.getByLabel('Show annotations in the text')).not.toBeChecked();
    await expect(marker).toBeHidden();
    await page.getByLabel('Show annotations in the text').check();
    await expect(marker).toBeVisible();
  });
});

test('the annotations switch hides what annotations add, with or without JavaScript', async ({ page }) => {
  await page.goto(article!.path);
  const annotations = page.locator('[data-article-text] [data-annotation]');
  await page.getByLabel('Show annotations in the text').uncheck();
  for (const added of await annotations.all()) await expect(added).toBeHidden();
  await expect(page.locator('[data-article-text] p').first()).toBeVisible();
  await page.getByLabel('Show annotations in the text').check();
  await expect(page.locator('[data-article-text] sup.claim-ref').first()).toBeVisible();
});

test('a linked note, speaker or event is highlighted', async ({ page }) => {
  for (const [path, anchor] of [
    [article!.path, '#claim-aleppo-50000'],
    [article!.path, '#speaker-peter-ford'],
    ['/timeline/', '#event-isis-retakes-palmyra'],
    [article!.placesPath, '#place-palmyra'],
  ] as const) {
    await page.goto(`${path}${anchor}`);
    const target = page.locator(anchor);
    await expect(target).toBeInViewport();
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe(plain);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  }
});

// Wide screens only (@wide): the desktop and no-JavaScript projects.
test(
  'on a wide screen the site header and footer start where the article’s text starts',
  { tag: '@wide' },
  async ({ page }) => {
    for (const width of [1280, 1600]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(article!.path);
      const left = async (selector: string) => (await page.locator(selector).first().boundingBox())!.x;
      const text = await left('[data-article-text] p');
      expect(Math.abs((await left('.site-name')) - text), `header at ${width} px`).toBeLessThanOrEqual(1);
      expect(Math.abs((await left('.site-footer p')) - text), `footer at ${width} px`).toBeLessThanOrEqual(1);
    }
  },
);

test('print shows each short note after its mark, in brackets, the endnotes, and the URLs of links', async ({
  page,
}) => {
  await page.goto(article!.path);
  await page.emulateMedia({ media: 'print' });
  // The one-sentence claim is printed once, beside its words: not as a popover, not in the margin.
  const note = page.locator('[data-article-text] .note-pop').first();
  await expect(note).toBeVisible();
  expect(await note.evaluate((el) => getComputedStyle(el).position)).toBe('static');
  // Printed at a wide page size too: the margin layout is for screens, never floated out of the printed text.
  expect(await note.evaluate((el) => getComputedStyle(el).float)).toBe('none');
  await expect(note.locator('.note-pop-claim')).toBeVisible();
  await expect(note.locator('.note-pop-close')).toBeHidden();
  await expect(page.locator('[data-article-text] a.ref-link').first()).toBeVisible();
  await expect(page.locator('.claim-notes li').first()).toBeVisible();
  const after = await page
    .locator('.original a[href^="https://"]')
    .first()
    .evaluate((a) => [getComputedStyle(a, '::after').content, a.getAttribute('href')]);
  expect(after[0]).toContain(after[1]);
});
