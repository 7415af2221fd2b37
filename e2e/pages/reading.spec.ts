/**
 * Reading the notes in place: a mark opens its note beside or under its words
 * (with JavaScript), margin notes on wide screens, endnotes everywhere; the
 * marks glued to their words; the theme and annotation switches. Print is
 * e2e/pages/print.spec.ts. Checks of the article page that run in the same
 * projects share a test, one step each on one browser page (a test of its own
 * costs about a second for its page: issue 24); each step starts from a reset
 * page (e2e/support/shared-page.ts), and a failed step does not stop the next.
 */
import { expect, test, type Page } from '@playwright/test';
import { articles } from '../support/content.ts';
import { resetPage, step } from '../support/shared-page.ts';

const [article] = articles();
/** Phones as readers hold them (issue 29): width and height. */
const PHONES = [
  [320, 568],
  [375, 667],
  [390, 844],
  [430, 932],
] as const;

/** Every mark's number link, and whether its note box is open and where, read in one call. */
async function openNoteState(page: Page, index: number) {
  return page
    .locator('[data-article-text] [data-note-mark] a')
    .nth(index)
    .evaluate((mark) => {
      const box = document.getElementById('note-open');
      const r = (el: Element | null | undefined) => {
        const b = el?.getBoundingClientRect();
        return b ? { top: b.top, bottom: b.bottom, left: b.left, right: b.right } : null;
      };
      const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      // The claim's highlighted words: they end at the mark.
      const words = Array.from(mark.parentElement!.previousElementSibling?.getClientRects() ?? []).map((b) => ({
        top: b.top,
        bottom: b.bottom,
        left: b.left,
        right: b.right,
      }));
      const boxRect = r(box);
      return {
        words,
        // How much of the note is on screen, and how much must be: all of it, or 40 % of the screen's height.
        visible: boxRect ? Math.max(0, Math.min(boxRect.bottom, innerHeight) - Math.max(boxRect.top, 0)) : 0,
        needed: boxRect ? Math.min(boxRect.bottom - boxRect.top, 0.4 * innerHeight) : Infinity,
        expanded: mark.getAttribute('aria-expanded'),
        controls: mark.getAttribute('aria-controls'),
        focused: document.activeElement === mark,
        box: r(box),
        mark: r(mark),
        // The box follows its mark in reading order, right after the margin note.
        follows: !!box && mark.parentElement!.nextElementSibling?.nextElementSibling === box,
        status: text(box?.querySelector('.status')),
        claim: text(box?.querySelector('.claim-note-claim')),
        // The finding: the status line's words after the status.
        finding: text(box?.querySelector('.claim-note-head'))
          .replace(text(box?.querySelector('.status')), '')
          .trim(),
        claimPage: box?.querySelector('a[href*="/claims/"]')?.textContent ?? '',
        // Where the finding, the link to the claim's page and the claim's sentence stand in the box.
        parts: {
          head: r(box?.querySelector('.claim-note-head')),
          link: r(box?.querySelector('a[href*="/claims/"]')),
          claim: r(box?.querySelector('.claim-note-claim')),
        },
        number: text(box?.querySelector('.claim-note-head b')),
        markNumber: mark.parentElement!.dataset['noteMark'],
        viewport: { width: innerWidth, height: innerHeight },
        scrollY,
      };
    });
}

const intersects = (
  a: { top: number; bottom: number; left: number; right: number },
  b: { top: number; bottom: number; left: number; right: number },
) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

// Needs JavaScript and sets its own viewport: scheduled in the desktop project only.
test.describe('with JavaScript', { tag: ['@js', '@desktop'] }, () => {
  test('keyboard only, at a phone’s width and a desktop’s: a note opens in place and closes, focus back on its mark', async ({
    page,
  }) => {
    test.slow();
    for (const width of [390, 1280]) {
      await step(
        `at ${width} px, keyboard only: Enter on a mark opens its note in place, in view and clear of the claim's words; Tab enters it; Escape or Enter again closes it and focus is back on the mark`,
        async () => {
          await resetPage(page);
          await page.setViewportSize({ width, height: 900 });
          await page.goto(article!.path);
          const marks = page.locator('[data-article-text] [data-note-mark] a');
          const count = await marks.count();
          expect(count).toBeGreaterThan(0);
          await page.locator('#show-annotations').focus();
          for (let i = 0; i < count; i += 1) {
            const mark = marks.nth(i);
            const at = `mark ${i + 1} of ${count}`;
            // Tab until this mark has focus: nothing but the keyboard.
            for (let tabs = 0; tabs < 10 && !(await mark.evaluate((el) => el === document.activeElement)); tabs += 1) {
              await page.keyboard.press('Tab');
            }
            await expect(mark, at).toBeFocused();
            expect.soft(await mark.getAttribute('aria-expanded'), `${at}: closed at first`).toBe('false');
            await page.keyboard.press('Enter');
            const shown = await openNoteState(page, i);
            expect.soft(shown.expanded, `${at}: aria-expanded`).toBe('true');
            expect.soft(shown.controls, `${at}: aria-controls`).toBe('note-open');
            expect.soft(shown.follows, `${at}: the note follows its mark`).toBe(true);
            expect.soft(shown.status, `${at}: the status`).not.toBe('');
            expect.soft(shown.claim, `${at}: the claim`).not.toBe('');
            expect.soft(shown.finding, `${at}: the finding`).not.toBe('');
            expect
              .soft(shown.claimPage, `${at}: the link to the claim page, with its sources`)
              .toMatch(/ \d+ sources?$/);
            expect.soft(shown.focused, `${at}: focus stays on the mark`).toBe(true);
            if (shown.box && shown.mark) {
              expect.soft(intersects(shown.box, shown.mark), `${at}: the note covers its mark`).toBe(false);
              expect.soft(shown.visible, `${at}: the note is in view`).toBeGreaterThanOrEqual(shown.needed - 1);
            }
            // Tab goes into the note; Escape closes it and gives focus back to the mark.
            await page.keyboard.press('Tab');
            expect
              .soft(
                await page.evaluate(() => !!document.activeElement?.closest('#note-open')),
                `${at}: Tab enters the note`,
              )
              .toBe(true);
            await page.keyboard.press('Escape');
            await expect.soft(page.locator('#note-open'), `${at}: Escape closes`).toHaveCount(0);
            await expect(mark, `${at}: focus back on the mark`).toBeFocused();
            expect.soft(await mark.getAttribute('aria-expanded'), `${at}: closed`).toBe('false');
            // A second activation closes it too.
            if (i === 0) {
              await page.keyboard.press('Enter');
              await expect(page.locator('#note-open'), `${at}: opened again`).toHaveCount(1);
              await page.keyboard.press('Enter');
              await expect.soft(page.locator('#note-open'), `${at}: Enter again closes`).toHaveCount(0);
              await expect(mark, `${at}: focus on the mark`).toBeFocused();
            }
          }
        },
      );
    }
  });

  test('a tap opens a note in place and closes it; on a phone the note is in view and never covers its mark or its words', async ({
    page,
  }) => {
    test.slow();
    await step('a tap opens a note in place; a tap on the same mark, on ×, or elsewhere closes it', async () => {
      await resetPage(page);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(article!.path);
      const mark = page.locator('[data-article-text] [data-note-mark] a').first();
      const box = page.locator('#note-open');
      await mark.click();
      await expect(box).toBeVisible();
      await expect(page).not.toHaveURL(/#claim-/);
      await mark.click();
      await expect(box).toHaveCount(0);
      await mark.click();
      await box.getByRole('button', { name: 'Close note' }).click();
      await expect(box).toHaveCount(0);
      await expect(mark).toBeFocused();
      await mark.click();
      await page.locator('h1').click();
      await expect(box).toHaveCount(0);
    });

    for (const [width, height] of PHONES) {
      await step(
        `at ${width}×${height}, every mark tapped near the screen's bottom: its note in view, clear of the mark and of the claim's words`,
        async () => {
          await resetPage(page);
          await page.setViewportSize({ width, height });
          await page.goto(article!.path);
          const marks = page.locator('[data-article-text] [data-note-mark] a');
          const count = await marks.count();
          expect(count).toBeGreaterThan(0);
          for (let i = 0; i < count; i += 1) {
            // The mark scrolled to near the screen's bottom (92 % down), where a note opened under it would fall off.
            await marks.nth(i).evaluate((mark) => {
              const top = mark.getBoundingClientRect().top + scrollY - innerHeight * 0.92;
              scrollTo({ top, behavior: 'instant' });
            });
            await marks.nth(i).click();
            const shown = await openNoteState(page, i);
            const at = `${width}×${height}, mark ${i + 1}`;
            expect.soft(shown.box, `${at}: a note opened`).not.toBeNull();
            if (shown.box && shown.mark) {
              expect
                .soft(
                  intersects(shown.box, shown.mark),
                  `${at}: note ${JSON.stringify(shown.box)} covers mark ${JSON.stringify(shown.mark)}`,
                )
                .toBe(false);
              expect
                .soft(
                  shown.words.filter((w) => intersects(shown.box!, w)),
                  `${at}: lines of the claim's words under the note`,
                )
                .toEqual([]);
              expect
                .soft(shown.visible, `${at}: px of the note on screen (all of it, or 40 % of the screen)`)
                .toBeGreaterThanOrEqual(shown.needed - 1);
              // The finding and the way to its reasons first, in view without scrolling the note; the claim's
              // sentence after them (issue 29b: at 320×568 the link fell below the sheet's edge).
              const { head, link, claim } = shown.parts;
              expect.soft(shown.number, `${at}: the note's number heads it`).toBe(shown.markNumber);
              expect
                .soft(
                  !!head && !!link && !!claim && head.top < link.top && link.top < claim.top,
                  `${at}: number, status and finding, then the link, then the claim`,
                )
                .toBe(true);
              expect
                .soft(link && link.bottom <= Math.min(shown.box.bottom, shown.viewport.height), `${at}: link in view`)
                .toBe(true);
              expect
                .soft(
                  shown.box.left >= 0 && shown.box.right <= shown.viewport.width,
                  `${at}: note within the screen's width`,
                )
                .toBe(true);
            }
            await page.keyboard.press('Escape');
          }
        },
      );
    }
  });

  test('on a wide screen the margin notes show beside the text; the theme and annotations switches are kept across reloads', async ({
    page,
  }) => {
    await step('wide screens show every margin note beside the text, and the marks as links', async () => {
      await resetPage(page);
      await page.setViewportSize({ width: 1400, height: 1000 });
      await page.goto(article!.path);
      const notes = page.locator('[data-article-text] [data-margin-note]');
      expect(await notes.count()).toBeGreaterThan(0);
      const text = await page.locator('[data-article-text] p').first().boundingBox();
      for (const note of await notes.all()) {
        await expect(note).toBeVisible();
        const box = await note.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(text!.x + text!.width);
      }
      await expect(page.locator('[data-article-text] [data-note-mark] a').first()).toBeVisible();
    });

    await step(
      "the article's sentences uninterrupted: a screen reader and a copied paragraph get the words and the marks, not the margin",
      async () => {
        await resetPage(page);
        await page.setViewportSize({ width: 1400, height: 1000 });
        await page.goto(article!.path);
        const paragraphs = page.locator('[data-article-text] > p:has([data-margin-note])');
        expect(await paragraphs.count()).toBeGreaterThan(0);
        for (const paragraph of await paragraphs.all()) {
          const read = await paragraph.evaluate((p) => {
            const range = document.createRange();
            range.selectNodeContents(p);
            const selection = getSelection()!;
            selection.removeAllRanges();
            selection.addRange(range);
            const copied = selection.toString();
            selection.removeAllRanges();
            const margin = Array.from(p.querySelectorAll('[data-margin-note]'), (n) => n.textContent.trim());
            return { copied, margin };
          });
          const heard = await paragraph.ariaSnapshot();
          for (const note of read.margin) {
            // Each margin note's finding (the words after its number and status) is in neither.
            const finding = note.split(' ').slice(-6).join(' ');
            expect.soft(read.copied, 'a copied paragraph').not.toContain(finding);
            expect.soft(heard, "the paragraph's accessibility tree").not.toContain(finding);
          }
          expect.soft(heard, 'each mark named by number and status').toMatch(/link "Note \d+, [A-Z][a-z ]+"/);
        }
      },
    );

    await step(
      'the theme switch persists across reloads, applied before the page is drawn; the annotations switch is kept across reloads',
      async () => {
        await resetPage(page);
        // Records the theme when the first visible content (the site header) is
        // parsed, i.e. before it can be drawn (removed at the end of the step).
        const themeAtBody = await page.addInitScript(() => {
          new MutationObserver((_, observer) => {
            if (document.querySelector('.site-header')) {
              (window as unknown as { themeAtBody: string }).themeAtBody =
                document.documentElement.dataset.theme ?? 'auto';
              observer.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });
        });
        try {
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
          const marker = page.locator('[data-article-text] [data-note-mark]').first();
          await expect(marker).toBeVisible();
          await page.getByLabel('Show annotations in the text').uncheck();
          await expect(marker).toBeHidden();
          await page.reload();
          await expect(page.getByLabel('Show annotations in the text')).not.toBeChecked();
          await expect(marker).toBeHidden();
          await page.getByLabel('Show annotations in the text').check();
          await expect(marker).toBeVisible();
        } finally {
          await themeAtBody.dispose();
        }
      },
    );
  });
});

/** 320 to 1,024 px every 16 px, and the edges. */
const NARROW_TO_TABLET = [...Array.from({ length: 45 }, (_, i) => 320 + 16 * i), 1024];

// Without a tag: in the desktop, phone and no-JavaScript projects, since none of it needs a script.
test('the annotations switch and linked targets work with or without JavaScript; from 320 to 1,024 px the marks stay glued to their words', async ({
  page,
}) => {
  test.slow();
  await step('the annotations switch hides what annotations add, with or without JavaScript', async () => {
    await resetPage(page);
    await page.goto(article!.path);
    const annotations = page.locator('[data-article-text] [data-annotation]');
    await page.getByLabel('Show annotations in the text').uncheck();
    for (const added of await annotations.all()) await expect(added).toBeHidden();
    await expect(page.locator('[data-article-text] p').first()).toBeVisible();
    await page.getByLabel('Show annotations in the text').check();
    await expect(page.locator('[data-article-text] [data-note-mark]').first()).toBeVisible();
  });

  await step(
    "the article on a phone's first screen: its first line at 375×667 and 390×844, the whole headline at 320×568",
    async () => {
      await resetPage(page);
      for (const [width, height, what] of [
        [375, 667, 'first line'],
        [390, 844, 'first line'],
        [320, 568, 'headline'],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.goto(article!.path);
        const bottom = await page.evaluate((what) => {
          const element =
            what === 'headline' ? document.querySelector('h1')! : document.querySelector('[data-article-text] p')!;
          // The first line of the article: the first line box of its first paragraph.
          const rects = what === 'headline' ? [element.getBoundingClientRect()] : [...element.getClientRects()];
          const range = document.createRange();
          range.setStart(element.firstChild!, 0);
          range.setEnd(element.firstChild!, 1);
          return Math.round((what === 'headline' ? rects[0]! : range.getBoundingClientRect()).bottom);
        }, what);
        expect.soft(bottom, `${width}×${height}: the bottom of the article's ${what}`).toBeLessThanOrEqual(height);
      }
    },
  );

  await step('a linked note, speaker or event is highlighted', async () => {
    await resetPage(page);
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

  await step(
    'from 320 to 1,024 px no mark begins a line, none is spaced from the punctuation after it, and each highlight ends with its words',
    async () => {
      await resetPage(page);
      await page.goto(article!.path);
      const problems: string[] = [];
      for (const width of NARROW_TO_TABLET) {
        await page.setViewportSize({ width, height: 800 });
        const found = await page.locator('[data-article-text]').evaluate((text) => {
          const out: string[] = [];
          for (const sup of Array.from(text.querySelectorAll<HTMLElement>('[data-note-mark]'))) {
            const name = `mark ${sup.dataset['noteMark']} (${sup.id})`;
            const words = sup.previousElementSibling;
            const mark = sup.getBoundingClientRect();
            const wordRects = Array.from(words?.getClientRects() ?? []);
            const last = wordRects[wordRects.length - 1];
            if (!words?.matches('[data-claim]') || !last) {
              out.push(`${name}: not right after its claim's words`);
              continue;
            }
            // On the line of the last word: the mark's middle within that word's line, and to its right.
            const middle = (mark.top + mark.bottom) / 2;
            if (middle < last.top - 2 || middle > last.bottom + 2 || mark.left < last.right - 1)
              out.push(
                `${name}: begins a line (last word ends at ${Math.round(last.right)},${Math.round(last.top)}; mark at ${Math.round(mark.left)},${Math.round(mark.top)})`,
              );
            // The highlight is the words' background: it ends where they end, and the mark is not highlighted.
            if (mark.left - last.right > 3)
              out.push(`${name}: ${Math.round(mark.left - last.right)} px after its words`);
            if (getComputedStyle(sup).backgroundImage !== 'none' || sup.closest('[data-claim]'))
              out.push(`${name}: the highlight runs over the mark`);
            // The text right after the mark and its margin note: punctuation follows with no space.
            let next: Node | null = sup.nextSibling;
            while (next && next.nodeType === 1 && (next as Element).hasAttribute('data-annotation'))
              next = next.nextSibling;
            const after = next?.nodeType === 3 ? (next.textContent ?? '') : '';
            if (/^\s+[.,;:!?’”)]/.test(after)) out.push(`${name}: a space before the punctuation after it`);
            if (/^[.,;:!?’”)]/.test(after)) {
              const range = document.createRange();
              range.setStart(next!, 0);
              range.setEnd(next!, 1);
              const punctuation = range.getBoundingClientRect();
              const gap = punctuation.left - mark.right;
              const sameLine = Math.abs(punctuation.bottom - last.bottom) < 4;
              if (!sameLine) out.push(`${name}: the punctuation after it is on another line`);
              else if (gap > 1.5)
                out.push(`${name}: ${gap.toFixed(1)} px between the mark and the punctuation after it`);
            }
          }
          return out;
        });
        problems.push(...found.map((p) => `${width} px: ${p}`));
      }
      expect.soft(problems, `${article!.path}: marks and their words, 320 to 1,024 px`).toEqual([]);
    },
  );
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
