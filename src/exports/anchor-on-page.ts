/**
 * Completes /annotations.json's selectors on the edition's pages from the
 * built HTML, after the build.
 *
 * A Web Annotation client anchors a TextQuoteSelector in the text of the page
 * as rendered: in `[data-article-text]` that text holds, beside the article's
 * words, each claim's note number and its hidden short note. Its prefix,
 * suffix and offsets must therefore be computed on that text, not on the
 * cleaned scrape. Two ways were open: recompute the rendered text from the
 * data the components use, or read it from the built page. Reading the built
 * page is chosen: it is the text clients see, whatever the notes' markup
 * becomes, with nothing to keep in step with the components.
 *
 * The page is read with htmlparser2's streaming parser (the tokenizer
 * linkedom builds its DOM with, so the text is decoded the same way), without
 * building a DOM: a DOM of every article page cost about 6 ms of CPU a page,
 * the stream about a fifth of that, and a newsroom's edition has thousands of
 * pages. The scope's text is the concatenation of its text nodes in document
 * order, as the DOM's `textContent` and Apache Annotator's text-node walker
 * read it. A claim's words are the text of its `[data-claim]` element without
 * what the annotations add (`[data-annotation]`); they must stand together at
 * the start of that element. TextPositionSelector offsets count Unicode code
 * points, as the Web Annotation model requires.
 */
import { Parser } from 'htmlparser2';
import { quoteSelector, selectorMatches } from '~/article/text-quotes.ts';
import { ARTICLE_TEXT_SELECTOR, isPageTarget, type AnnotationCollection } from './web-annotations.ts';

/** A claim's words where the page shows them: offsets in the scope's text (UTF-16 code units). */
export interface RenderedMark {
  claimId: string;
  exact: string;
  start: number;
  end: number;
}

export interface RenderedArticleText {
  /** The text content of `[data-article-text]`, everything rendered inside it included. */
  text: string;
  marks: RenderedMark[];
  problems: string[];
}

/** The attribute ARTICLE_TEXT_SELECTOR names. */
const SCOPE_ATTRIBUTE = /^\[([a-z-]+)\]$/.exec(ARTICLE_TEXT_SELECTOR)![1]!;

/** An element open inside the scope. */
interface OpenElement {
  /** Its `data-claim`, if it marks a claim. */
  claimId: string | undefined;
  /** Whether it is something the annotations add (`data-annotation`), whose text is not the claim's words. */
  annotation: boolean;
  /** Where it starts in the scope's text. */
  start: number;
  /** For a claim: its words so far. */
  words: string;
}

/** Reads `[data-article-text]` of a built page: its text and where each claim's words stand in it. */
export function renderedArticleText(html: string): RenderedArticleText {
  let scopes = 0;
  /** Elements open inside the first scope, the scope itself first; empty outside it. */
  const open: OpenElement[] = [];
  let done = false;
  let text = '';
  const marks: RenderedMark[] = [];
  const problems: string[] = [];
  const parser = new Parser({
    onopentag(_name, attributes) {
      const isScope = SCOPE_ATTRIBUTE in attributes;
      if (isScope) scopes += 1;
      if (open.length === 0 && !(isScope && !done)) return;
      open.push({
        claimId: attributes['data-claim'],
        annotation: 'data-annotation' in attributes,
        start: text.length,
        words: '',
      });
    },
    ontext(data) {
      if (open.length === 0) return;
      text += data;
      // Each open claim takes the text unless an annotation element lies between it and the text.
      let hidden = false;
      for (let i = open.length - 1; i >= 1; i -= 1) {
        const element = open[i]!;
        if (element.annotation) hidden = true;
        if (element.claimId !== undefined && !hidden) element.words += data;
      }
    },
    onclosetag() {
      const element = open.pop();
      if (!element) return;
      if (open.length === 0) done = true;
      const { claimId, words: exact, start } = element;
      if (claimId === undefined || open.length === 0) return;
      if (exact === '' || text.slice(start, start + exact.length) !== exact)
        problems.push(`claim "${claimId}": its words do not stand together at the start of its mark`);
      else marks.push({ claimId, exact, start, end: start + exact.length });
    },
  });
  parser.end(html);
  if (scopes !== 1) return { text: '', marks: [], problems: [`${scopes} elements match ${ARTICLE_TEXT_SELECTOR}`] };
  marks.sort((a, b) => a.start - b.start);
  return { text, marks, problems };
}

/** Code points before `index` (a UTF-16 offset). */
function codePoints(text: string, index: number): number {
  return Array.from(text.slice(0, index)).length;
}

/**
 * Fills in every page target's selectors from the built pages: a
 * TextQuoteSelector with the context that makes it match once in the
 * rendered text, and a TextPositionSelector, each refining the CssSelector.
 * `pageHtml` returns the built HTML of a page URL, or undefined.
 * Returns the problems; empty when every target anchors exactly once.
 */
export function anchorOnPages(
  collection: AnnotationCollection,
  pageHtml: (url: string) => string | undefined,
): { anchored: number; problems: string[] } {
  const pages = new Map<string, RenderedArticleText | undefined>();
  const read = (url: string) => {
    if (!pages.has(url)) {
      const html = pageHtml(url);
      pages.set(url, html === undefined ? undefined : renderedArticleText(html));
    }
    return pages.get(url);
  };
  const problems: string[] = [];
  let anchored = 0;
  for (const annotation of collection.first.items) {
    const claimId = annotation.id.replace(/^.*#claim-/, '');
    const seen = new Map<string, number>();
    for (const target of annotation.target.filter(isPageTarget)) {
      const page = read(target.source);
      if (page === undefined) {
        problems.push(`${annotation.id}: no built page for ${target.source}`);
        continue;
      }
      const index = seen.get(target.source) ?? 0;
      seen.set(target.source, index + 1);
      const mark = page.marks.filter((m) => m.claimId === claimId)[index];
      const exact = target.selector[0].refinedBy.exact;
      if (mark === undefined || mark.exact !== exact) {
        problems.push(
          `${annotation.id}: mark ${index + 1} of the claim on ${target.source} is ${mark ? JSON.stringify(mark.exact) : 'missing'}, not ${JSON.stringify(exact)}`,
        );
        continue;
      }
      let quote;
      try {
        quote = quoteSelector(page.text, mark.start, mark.end);
      } catch (error) {
        problems.push(`${annotation.id}: ${(error as Error).message} on ${target.source}`);
        continue;
      }
      const matches = selectorMatches(page.text, quote);
      if (matches.length !== 1 || matches[0] !== mark.start) {
        problems.push(`${annotation.id}: ${JSON.stringify(exact)} matches ${matches.length} times on ${target.source}`);
        continue;
      }
      const refine = <R>(refinedBy: R) => ({ type: 'CssSelector' as const, value: ARTICLE_TEXT_SELECTOR, refinedBy });
      target.selector = [
        refine(quote),
        refine({
          type: 'TextPositionSelector' as const,
          start: codePoints(page.text, mark.start),
          end: codePoints(page.text, mark.end),
        }),
      ];
      anchored += 1;
    }
  }
  for (const [url, page] of pages) for (const problem of page?.problems ?? []) problems.push(`${url}: ${problem}`);
  return { anchored, problems };
}
