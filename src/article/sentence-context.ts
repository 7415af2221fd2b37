/**
 * The sentence before and the sentence after a claim's words, within their
 * paragraph, so that a claim page can show the article's own words in
 * context. Sentences are found with the standard `Intl.Segmenter` (no
 * library needed); the paragraph is the stretch of the article text between
 * line breaks (text-quotes.ts joins paragraphs with one).
 */
import { BLOCK_SEPARATOR } from './text-quotes.ts';

export interface QuoteInContext {
  /** The sentence before the one that holds the quote, and that sentence's text up to the quote. */
  before: string;
  exact: string;
  /** The rest of the quote's sentence and the sentence after it. */
  after: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** `text.slice(start, end)` with up to one sentence either side, never crossing a paragraph. */
export function quoteInContext(text: string, start: number, end: number): QuoteInContext {
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`no text to quote between ${start} and ${end} (the text has ${text.length} characters)`);
  }
  const paragraphStart = text.lastIndexOf(BLOCK_SEPARATOR, start - 1) + 1;
  const next = text.indexOf(BLOCK_SEPARATOR, end);
  const paragraphEnd = next === -1 ? text.length : next;
  const paragraph = text.slice(paragraphStart, paragraphEnd);
  const sentences = [...segmenter.segment(paragraph)].map((s) => ({
    start: paragraphStart + s.index,
    end: paragraphStart + s.index + s.segment.length,
  }));
  const first = sentences.findIndex((s) => s.end > start);
  const last = sentences.findIndex((s) => s.end >= end);
  const from = sentences[Math.max(0, first - 1)]?.start ?? paragraphStart;
  const to = sentences[Math.min(sentences.length - 1, last + 1)]?.end ?? paragraphEnd;
  return {
    before: text.slice(from, start),
    exact: text.slice(start, end),
    after: text.slice(end, to).trimEnd(),
  };
}
