/**
 * A PDF's text as a reader's PDF tool gives it: pdf.js (`pdfjs-dist`, the
 * library behind Firefox's PDF viewer) reads each page's text, and the runs
 * are set into lines by where they stand on the page: runs whose baselines lie
 * within half a letter of each other share a line, read left to right, and
 * lines read top to bottom. A raised note number shares its word's line and
 * is marked as raised (set smaller than the line's text).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfRun {
  text: string;
  /** The font size, in points. */
  size: number;
  x: number;
  /** Its width on the page, in points. */
  width: number;
  /** Smaller than the line's largest text: a superscript such as a note's number. */
  raised: boolean;
}

export interface PdfLine {
  /** The page, from 1. */
  page: number;
  /** The page's width, in points. */
  pageWidth: number;
  runs: PdfRun[];
  /** The line's text, every run included. */
  text: string;
}

export async function readPdfLines(data: Uint8Array): Promise<PdfLine[]> {
  const task = getDocument({ data, useSystemFonts: false });
  const document = await task.promise;
  const lines: PdfLine[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const pageWidth = page.getViewport({ scale: 1 }).width;
    const rows: { y: number; size: number; runs: PdfRun[] }[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [, , , scaleY, x, y] = item.transform as number[];
      const size = Math.abs(scaleY!);
      const row = rows.find((r) => Math.abs(r.y - y!) <= Math.max(r.size, size) / 2 + 0.5);
      const run = { text: item.str, size, x: x!, width: item.width, raised: false };
      if (row) {
        row.runs.push(run);
        row.size = Math.max(row.size, size);
      } else rows.push({ y: y!, size, runs: [run] });
    }
    rows.sort((a, b) => b.y - a.y);
    for (const row of rows) {
      const runs = row.runs.sort((a, b) => a.x - b.x);
      const largest = Math.max(...runs.map((r) => r.size));
      for (const run of runs) run.raised = run.size < 0.8 * largest;
      lines.push({ page: number, pageWidth, runs, text: runs.map((r) => r.text).join('') });
    }
  }
  await task.destroy();
  return lines;
}

/**
 * Lines joined into running text: a line break is a space, except after a
 * hyphen that ends a word (the word went on on the next line), and the
 * raised numbers left out when `withoutRaised` (a note's number after a word).
 */
export function runningText(lines: PdfLine[], withoutRaised = false): string {
  let text = '';
  for (const line of lines) {
    const words = line.runs
      .filter((run) => !(withoutRaised && run.raised && /^\s*\d+\s*$/.test(run.text)))
      .map((run) => run.text)
      .join('')
      .trim();
    if (words === '') continue;
    text += text === '' || /\p{L}-$/u.test(text) ? words : ` ${words}`;
  }
  return text.replace(/\s+/g, ' ');
}
