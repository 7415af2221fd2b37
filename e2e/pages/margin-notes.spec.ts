/**
 * Margin notes stay beside their words: on wide screens, with and without
 * JavaScript, every claim mark (`data-note-mark`) has a margin note
 * (`data-margin-note`, same number) whose top lies within one line of the
 * mark's top, in the margin to the right of the text; and no two margin notes
 * overlap, so each stays legible; and the notes read in the order of their
 * marks: top to bottom and, on one line, left to right. Claims marked twice
 * have a note at each mark.
 */
import { expect, test } from '@playwright/test';
import { articles } from '../support/content.ts';

const [article] = articles();
const WIDTHS = [1280, 1600];

for (const width of WIDTHS) {
  // Wide screens only (@wide): the desktop and no-JavaScript projects.
  test(`at ${width} px every margin note starts within one line of its mark`, { tag: '@wide' }, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(article!.path);
    const pairs = await page.evaluate(() => {
      const text = document.querySelector('[data-article-text]')!;
      const textBox = text.getBoundingClientRect();
      const marks = [...text.querySelectorAll<HTMLElement>('[data-note-mark]')];
      const notes = [...text.querySelectorAll<HTMLElement>('[data-margin-note]')];
      return marks.map((mark, i) => {
        const note = notes[i];
        const box = note?.getBoundingClientRect();
        const line = parseFloat(getComputedStyle(mark.closest('p') ?? text).lineHeight);
        return {
          mark: mark.dataset.noteMark,
          note: note?.dataset.marginNote,
          markTop: mark.getBoundingClientRect().top,
          noteTop: box?.top,
          noteLeft: box?.left,
          noteBottom: box?.bottom,
          noteRight: box?.right,
          visible: !!box && box.width > 0 && box.height > 0,
          line,
          textRight: textBox.right,
        };
      });
    });
    expect(pairs.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const p of pairs) {
      if (p.note !== p.mark) problems.push(`mark ${p.mark}: the margin note beside it is ${p.note ?? 'missing'}`);
      else if (!p.visible) problems.push(`mark ${p.mark}: its margin note is not shown`);
      else {
        const drift = Math.round(p.noteTop! - p.markTop);
        if (Math.abs(drift) > p.line)
          problems.push(`mark ${p.mark}: note top ${drift} px from the mark's (line ${p.line} px)`);
        if (p.noteLeft! < p.textRight) problems.push(`mark ${p.mark}: note starts inside the text column`);
      }
    }
    const shown = pairs.filter((p) => p.visible);
    // The notes read in the order of their marks: each one below the one before, or on the same line to its
    // right (when two marks share a line, note 4 must not stand left of note 3).
    for (let i = 1; i < shown.length; i += 1) {
      const [before, after] = [shown[i - 1]!, shown[i]!];
      const below = after.noteTop! > before.noteTop! + 0.5;
      const rightOnSameLine =
        Math.abs(after.noteTop! - before.noteTop!) <= 0.5 && after.noteLeft! >= before.noteRight! - 0.5;
      if (!below && !rightOnSameLine) problems.push(`margin note ${after.mark} stands before note ${before.mark}`);
    }
    for (let i = 0; i < shown.length; i += 1) {
      for (let j = i + 1; j < shown.length; j += 1) {
        const [a, b] = [shown[i]!, shown[j]!];
        const apart =
          a.noteRight! <= b.noteLeft! + 0.5 ||
          b.noteRight! <= a.noteLeft! + 0.5 ||
          a.noteBottom! <= b.noteTop! + 0.5 ||
          b.noteBottom! <= a.noteTop! + 0.5;
        if (!apart) problems.push(`margin notes ${a.mark} and ${b.mark} overlap`);
      }
    }
    expect(problems, `${problems.length} of ${pairs.length} marks`).toEqual([]);
  });
}
