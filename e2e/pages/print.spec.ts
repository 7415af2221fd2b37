/**
 * The print edition, read back from the PDF a reader would get: Chromium
 * prints the page (`page.pdf()`, A4 and Letter) and pdf.js reads the PDF's
 * text (e2e/support/pdf-text.ts). Every sheet has a running head (title, date,
 * the edition's address where SITE_URL is set) and its number; the text block
 * reaches three quarters across the sheet. The article's words come out
 * verbatim and in order (the page's fidelity rule, note numbers aside), with
 * no note's text inside them; the notes are numbered endnotes in two columns,
 * each with its claim, its status as a word, its finding, its sources'
 * addresses and its claim page's; no site path in angle brackets, no control
 * that does nothing on paper; no line is longer than 80 characters; no name
 * runs into the next word. A claim page and the timeline
 * print their content, without the site's navigation, within the same measure.
 * Runs in the desktop project (@desktop): print does not depend on the screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { compareArticleText } from '~/article/fidelity.ts';
import { readEntries } from '../../tools/content-files.ts';
import { articles, claims, speakers } from '../support/content.ts';
import { readPdfLines, runningText, type PdfLine } from '../support/pdf-text.ts';

const [article] = articles();
const FORMATS = ['A4', 'Letter'] as const;
const MAX_LINE = 80;
const sourceUrls = new Map(readEntries('sources').map((s) => [s.id, s.url]));
/** A claim's sources, each once (an entry is an id or, with issue 31, an object naming its source). */
const sourceIds = (sources: unknown[]) => [
  ...new Set(sources.map((s) => (typeof s === 'string' ? s : (s as { source: string }).source))),
];
/** The running head's and foot's lines: the page's number ("3 / 9") and the head (title; date, address). */
const isPageFurniture = (line: PdfLine, title: string) =>
  line.text.trim().startsWith(title) || /^(\S*\/articles\/\S*)?\d+ \/ \d+$/.test(line.text.trim());

/**
 * A page's two columns apart: each line's runs split where a run starts right of the page's middle, so that the
 * endnotes' columns read one after the other, as on paper (left column, then right, page by page).
 */
function byColumns(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const page of [...new Set(lines.map((l) => l.page))]) {
    const onPage = lines.filter((l) => l.page === page);
    for (const side of ['left', 'right'] as const) {
      for (const line of onPage) {
        const runs = line.runs.filter((r) => r.x >= line.pageWidth / 2 === (side === 'right'));
        if (runs.length) out.push({ ...line, runs, text: runs.map((r) => r.text).join('') });
      }
    }
  }
  return out;
}
const names = speakers().map((s) => s.name);
const squeeze = (text: string) => text.replace(/\s+/g, '');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function printed(page: Page, path: string, format: (typeof FORMATS)[number]): Promise<PdfLine[]> {
  await page.goto(path);
  return readPdfLines(new Uint8Array(await page.pdf({ format, tagged: true })));
}

/** What any printed page must not have: lines over the measure, a name run into the next word. */
function layoutProblems(lines: PdfLine[]): string[] {
  const problems: string[] = [];
  for (const line of lines) {
    const length = [...line.text.trim()].length;
    if (length > MAX_LINE) problems.push(`page ${line.page}: a line of ${length} characters: ${line.text.trim()}`);
  }
  const text = runningText(lines);
  for (const name of names) {
    // The name as a word of its own (not "RT" in "SUPPORTED"), followed by a letter.
    for (const match of text.matchAll(new RegExp(`(?<!\\p{L})${name}(?=\\p{L})`, 'gu')))
      problems.push(`"${name}" runs into the next word: …${text.slice(match.index, match.index + name.length + 20)}…`);
  }
  return problems;
}

test.describe('print', { tag: '@desktop' }, () => {
  for (const format of FORMATS) {
    test(`the article printed on ${format}: its words verbatim, the notes as numbered endnotes with status, claim and sources, lines of at most ${MAX_LINE} characters`, async ({
      page,
    }) => {
      // Printing and reading a dozen pages of PDF takes a while on a busy machine.
      test.slow();
      const printedLines = await printed(page, article!.path, format);
      expect(printedLines.length).toBeGreaterThan(0);
      const title = article!.title;
      // Every sheet: its number of all ("3 / 9") and the running head, with the edition's address where it is set.
      const pages = Math.max(...printedLines.map((l) => l.page));
      // Built with SITE_URL, the print stylesheet gives the edition's address in the running head.
      const printHref = await page.locator('link[rel=stylesheet][media=print]').getAttribute('href');
      const printCss = await (await page.request.get(printHref!)).text();
      const addressed = /@bottom-left\{content:"https?:/.test(printCss);
      for (let n = 1; n <= pages; n += 1) {
        const onPage = printedLines.filter((l) => l.page === n).map((l) => l.text.trim());
        const [head, foot] = [onPage[0] ?? '', onPage[onPage.length - 1] ?? ''];
        expect.soft(head, `page ${n}: the running head, title and date`).toBe(`${title} RT, 12 December 2016`);
        expect
          .soft(foot, `page ${n}: its number, after the edition's address where it is set`)
          .toMatch(new RegExp(`^${addressed ? `https?://\\S+${escape(article!.path)}` : ''}${n} / ${pages}$`));
      }
      const lines = printedLines.filter((line) => !isPageFurniture(line, title));
      // A balanced page: the article's text reaches three quarters across the sheet.
      const reach = Math.max(
        ...lines.filter((l) => l.page === 1).flatMap((l) => l.runs.map((r) => (r.x + r.width) / l.pageWidth)),
      );
      expect.soft(reach, 'how far across the first sheet the text reaches').toBeGreaterThanOrEqual(0.75);
      // Nothing a reader cannot use on paper: no site path in angle brackets, no controls.
      const all = runningText(lines);
      expect.soft(all, 'a site path in angle brackets').not.toMatch(/<\/[^>]*>/);
      for (const control of ['▶', 'Dispute this note', 'Why, with its', 'Show annotations', '↩'])
        expect.soft(all, `a control on paper: ${control}`).not.toContain(control);
      // The notes in the order the page numbers them.
      const noteIds = await page
        .locator('.claim-notes > ol > li')
        .evaluateAll((items) => items.map((li) => li.id.replace(/^claim-/, '')));
      expect(noteIds.length).toBeGreaterThan(0);
      const lineIndex = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line.text.trim()));

      // The article: from its first words to the section after it.
      const firstWords = article!.paragraphs[0]!.slice(0, 30);
      const start = lines.findIndex((line) => line.text.includes(firstWords));
      const speakersAt = lineIndex(/^Who speaks$/);
      expect(start, 'the article’s first words').toBeGreaterThanOrEqual(0);
      expect(speakersAt, 'the heading after the article').toBeGreaterThan(start);
      const articleLines = lines.slice(start, speakersAt);
      const words = runningText(articleLines, true);
      const expected = article!.paragraphs.join(' ').replace(/\s+/g, ' ');
      // The page's fidelity rule on the printed text, as one block: PDF text keeps no paragraphs.
      expect.soft(compareArticleText([expected], { blocks: [words], stray: [] }), 'the article’s words').toEqual([]);
      // Each mark's number stands in the text, raised, and nothing else was raised or added.
      const raised = articleLines.flatMap((line) =>
        line.runs.filter((run) => run.raised && run.text.trim() !== '').map((run) => run.text),
      );
      expect
        .soft(
          raised.every((text) => /^\s*\d+\s*$/.test(text)),
          `raised text: ${raised.join(' ')}`,
        )
        .toBe(true);
      expect.soft(raised.length, 'note numbers in the text').toBe(await page.locator('[data-note-mark]').count());
      for (const claim of claims())
        expect.soft(squeeze(words).includes(squeeze(claim.claim)), `the claim ${claim.id} inside the text`).toBe(false);

      // The endnotes: "1." and so on, each with its status as a word, its claim and its sources' addresses.
      const notesAt = lineIndex(/^Notes on the claims$/);
      const endAt = lineIndex(/^About this text$/);
      expect(notesAt, 'the notes’ heading').toBeGreaterThan(speakersAt);
      expect(endAt, 'the heading after the notes').toBeGreaterThan(notesAt);
      const notes = byColumns(lines.slice(notesAt + 1, endAt));
      // Each note starts a line with its number, after the note before it.
      const starts: { i: number; number: number }[] = [];
      for (let number = 1, from = 0; number <= noteIds.length; number += 1) {
        const i = notes.findIndex((line, j) => j >= from && line.text.trim().startsWith(`${number}. `));
        if (i < 0) break;
        starts.push({ i, number });
        from = i + 1;
      }
      expect
        .soft(
          starts.map((s) => s.number),
          'endnotes numbered in order',
        )
        .toEqual(noteIds.map((_, i) => i + 1));
      const byId = new Map(claims().map((c) => [c.id, c]));
      starts.forEach(({ i, number }, k) => {
        const id = noteIds[number - 1]!;
        const claim = byId.get(id)!;
        const note = runningText(notes.slice(i, starts[k + 1]?.i ?? notes.length));
        const at = `endnote ${number} (${id})`;
        const status = CLAIM_STATUSES[claim.status as keyof typeof CLAIM_STATUSES].label;
        expect.soft(note.toLowerCase(), `${at}: its status as a word`).toContain(status.toLowerCase());
        expect.soft(squeeze(note), `${at}: its claim`).toContain(squeeze(claim.claim));
        if (claim.bottomLine) expect.soft(squeeze(note), `${at}: its finding`).toContain(squeeze(claim.bottomLine));
        for (const source of sourceIds(claim.sources))
          expect.soft(squeeze(note), `${at}: the address of ${source}`).toContain(squeeze(sourceUrls.get(source)!));
        expect.soft(note, `${at}: the address of its claim page`).toMatch(new RegExp(`https?://\\S+/claims/${id}/`));
      });

      expect.soft(layoutProblems([...lines.slice(0, notesAt + 1), ...notes, ...lines.slice(endAt)])).toEqual([]);
    });
  }

  // One test for both pages: a test of its own cost about a second in starting a browser page.
  const otherPages = [
    { path: `/claims/${claims()[0]!.id}/`, heading: claims()[0]!.claim },
    { path: '/timeline/', heading: 'Timeline' },
  ];
  test(`${otherPages.map((p) => p.path).join(', ')} print their content without the site’s navigation, lines of at most ${MAX_LINE} characters`, async ({
    page,
  }) => {
    test.slow();
    for (const { path, heading } of otherPages) {
      for (const format of FORMATS) {
        const lines = await printed(page, path, format);
        const text = runningText(lines);
        const at = `${path} on ${format}`;
        expect.soft(squeeze(text), `${at}: its heading`).toContain(squeeze(heading.slice(0, 40)));
        // The site's header (name, navigation, theme switch) and the skip link are not printed.
        expect.soft(text, `${at}: the navigation`).not.toMatch(/Claims\s*Speakers\s*Timeline\s*Sources/);
        expect.soft(text, `${at}: the theme switch`).not.toMatch(/Theme\s*Auto\s*Light\s*Dark/);
        expect.soft(text, `${at}: the skip link`).not.toContain('Skip to the content');
        expect.soft(layoutProblems(lines), at).toEqual([]);
      }
    }
  });
});
