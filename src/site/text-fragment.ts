/**
 * Links to a passage's own words in the original page: a text fragment
 * (`#:~:text=…`, WICG "URL Fragment Text Directives",
 * https://wicg.github.io/scroll-to-text-fragment/), which a browser that
 * knows it scrolls to and highlights; one that does not simply opens the page.
 *
 * Written by hand: the one library that builds text fragments
 * (text-fragments-polyfill's `generateFragment`) needs the page itself in a
 * browser, and we have only the passage. What is built is small: each term
 * percent-encoded, as the spec's grammar asks (every character outside its
 * explicit set, so the spec's delimiters `-`, `,` and `&` too), and a long
 * passage given by its first and last words (`textStart,textEnd`), which
 * also keeps the link short and lets it bridge an omission.
 * `tests/unit/exports/text-fragment.test.ts` parses what it builds with that
 * polyfill's parser, and `e2e/data/passage-links.spec.ts` opens each
 * claim page's links in Chromium, which finds the words.
 */

/** An omission inside a passage, as editors write it: "[…]", "[...]" or "…". */
const OMISSION = /\s*(?:\[(?:…|\.\.\.)\]|…)\s*/u;

/** Above this many words a passage is linked by its first and last words. */
const LONG_PASSAGE_WORDS = 12;
/** How many words each end of a long passage keeps. */
const END_WORDS = 5;

/**
 * Percent-encodes one term of a text directive. `encodeURIComponent` leaves
 * `A–Z a–z 0–9 - _ . ! ~ * ' ( )` as they are; of these only `-` is outside
 * the spec's explicit characters (it marks a prefix or suffix), so it is
 * encoded too.
 */
export function encodeTextDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const words = (text: string): string[] => text.split(/\s+/u).filter((w) => w !== '');

/** The parts of a passage between its omissions, each with its spaces collapsed. */
export const passageSegments = (passage: string): string[] =>
  passage
    .split(OMISSION)
    .map((part) => words(part).join(' '))
    .filter((part) => part !== '');

/**
 * The terms of the directive for a passage: the passage itself when short
 * and whole; otherwise its first and last words (across an omission, the
 * first words before it and the last words after it).
 */
export function textDirectiveTerms(passage: string): { start: string; end?: string | undefined } {
  const parts = passageSegments(passage).map(words);
  if (parts.length === 0) return { start: passage.trim() };
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (parts.length === 1) {
    if (first.length <= LONG_PASSAGE_WORDS) return { start: first.join(' ') };
    return { start: first.slice(0, END_WORDS).join(' '), end: first.slice(-END_WORDS).join(' ') };
  }
  return { start: first.slice(0, END_WORDS).join(' '), end: last.slice(-END_WORDS).join(' ') };
}

/** The text directive for a passage, without the `:~:` delimiter: `text=start[,end]`. */
function textDirective(passage: string): string {
  const { start, end } = textDirectiveTerms(passage);
  return `text=${encodeTextDirectiveTerm(start)}${end === undefined ? '' : `,${encodeTextDirectiveTerm(end)}`}`;
}

/** The source's address with a text fragment to the passage (after any fragment the address already has). */
export function passageUrl(url: string, passage: string): string {
  const hash = url.indexOf('#');
  const base = hash === -1 ? `${url}#` : url;
  return `${base}:~:${textDirective(passage)}`;
}
