/**
 * The editors' text in the article's typography: straight quotes and
 * apostrophes become curly ones (“ ” ‘ ’) when a page renders, so that a
 * note reads in the same type as the article beside it. The content files
 * keep what the editors typed. `retext-smartypants` (the library behind
 * Astro's own Markdown smart quotes) does the work; dashes, ellipses and
 * backticks are left as written. Never applied to the article's words or to
 * a source's passage: those are quoted exactly.
 */
import { retext } from 'retext';
import smartypants from 'retext-smartypants';

const processor = retext().use(smartypants, { dashes: false, ellipses: false, backticks: false });
const done = new Map<string, string>();

/** `text` with curly quotes and apostrophes; the same text when it has no straight ones. */
export function curly(text: string): string {
  if (!/['"]/.test(text)) return text;
  let result = done.get(text);
  if (result === undefined) {
    result = String(processor.processSync(text));
    done.set(text, result);
  }
  return result;
}

/**
 * A source's title as readers see it. A page without a headline of its own
 * has one written by the editors in square brackets in the content file
 * ("[AFP report: …]"); readers get the words without the brackets, marked
 * as a description (`described`), never as if the page had that headline.
 */
export function sourceTitle(title: string): { text: string; described: boolean } {
  const described = /^\[(.+)\]$/s.exec(title.trim());
  return described ? { text: curly(described[1]!), described: true } : { text: title, described: false };
}
