/**
 * Where each `<Claim>` sits in the article's text, and W3C TextQuoteSelectors
 * that find it again.
 *
 * The article text is the one the fidelity test checks: the cleaner's blocks
 * (one per paragraph), joined by a line break, as the page's paragraphs are.
 * Positions come from the MDX source: a `<Claim>`'s words are its text without
 * markup, exactly as `mdast-util-to-string` reads the paragraph.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The separator between paragraphs in the article text. */
export const BLOCK_SEPARATOR = '\n';

export function joinBlocks(blocks: readonly string[]): string {
  return blocks.join(BLOCK_SEPARATOR);
}

export interface ClaimQuote {
  claimId: string;
  /** 1 for the first reference to the claim in reading order, 2 for the second… */
  occurrence: number;
  /** The claim's words, without markup. */
  exact: string;
  /** Offsets in the joined article text: `text.slice(start, end) === exact`. */
  start: number;
  end: number;
}

export interface ArticleQuotes {
  /** Each paragraph's text without markup. */
  blocks: string[];
  quotes: ClaimQuote[];
}

type Node = Root | RootContent;

function claimIdOf(node: Node): string | undefined {
  if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return undefined;
  if (node.name !== 'Claim') return undefined;
  const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return id && typeof id.value === 'string' ? id.value : undefined;
}

/**
 * Reads the `<Claim>` elements of an article's MDX body with their offsets in the joined text. The content check has
 * usually parsed this very body already and kept the result (`sharedQuotes`); then it is not parsed again.
 */
export function claimQuotes(mdxBody: string): ArticleQuotes {
  return (
    sharedQuotes().get(withoutOuterLineBreaks(mdxBody)) ??
    claimQuotesOfTree(unified().use(remarkParse).use(remarkMdx).parse(mdxBody))
  );
}

/**
 * The claim quotes the content check read from each article body it parsed, by body text, so that the build's pages
 * need no second parse of the same MDX. The check runs in the build's own process (the content loader) but from a
 * different copy of this module than the bundled pages use, so the map lives on `globalThis`. Keyed by the body's
 * text without the line breaks around it (Astro's `entry.body` drops them; they hold no words), an entry can only be
 * found by the very same words and markup; each check run replaces them all.
 */
export function sharedQuotes(): Map<string, ArticleQuotes> {
  const key = Symbol.for('annotated-edition.claim-quotes');
  const store = globalThis as unknown as Record<symbol, Map<string, ArticleQuotes> | undefined>;
  const kept = store[key] ?? new Map<string, ArticleQuotes>();
  store[key] = kept;
  return kept;
}

/** The key of `sharedQuotes`: an MDX body without the line breaks before and after it. */
export function withoutOuterLineBreaks(mdxBody: string): string {
  return mdxBody.replace(/^(?:\r?\n)+|(?:\r?\n)+$/g, '');
}

/** `claimQuotes` of a parsed tree: the content check calls it with the tree it has parsed. */
export function claimQuotesOfTree(tree: Root): ArticleQuotes {
  const blocks: string[] = [];
  const quotes: ClaimQuote[] = [];
  const seen = new Map<string, number>();

  // `toString` of a parent is the concatenation of its children's, so the
  // offset of a child is the length of the text of the siblings before it.
  const walk = (node: Node, offset: number) => {
    const id = claimIdOf(node);
    if (id !== undefined) {
      const exact = toString(node);
      const occurrence = (seen.get(id) ?? 0) + 1;
      seen.set(id, occurrence);
      quotes.push({ claimId: id, occurrence, exact, start: offset, end: offset + exact.length });
    }
    if ('value' in node || !('children' in node)) return;
    let at = offset;
    for (const child of node.children as RootContent[]) {
      walk(child, at);
      at += toString(child).length;
    }
  };

  let offset = 0;
  // Comments on lines of their own, {/* … */}, hold no words and are no paragraph.
  for (const block of tree.children.filter((node) => node.type !== 'mdxFlowExpression')) {
    const text = toString(block);
    walk(block, offset);
    blocks.push(text);
    offset += text.length + BLOCK_SEPARATOR.length;
  }
  return { blocks, quotes };
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Where a selector matches: the start of each `exact` whose text before ends with `prefix` and after starts with `suffix`. */
export function selectorMatches(text: string, selector: Omit<TextQuoteSelector, 'type'>): number[] {
  const found: number[] = [];
  if (selector.exact === '') return found;
  for (let at = text.indexOf(selector.exact); at !== -1; at = text.indexOf(selector.exact, at + 1)) {
    const end = at + selector.exact.length;
    if (text.slice(0, at).endsWith(selector.prefix) && text.startsWith(selector.suffix, end)) found.push(at);
  }
  return found;
}

/**
 * A TextQuoteSelector for `text.slice(start, end)`, with at least
 * `minContext` characters of prefix and suffix (fewer at the text's edges),
 * extended until it matches this one place and no other.
 */
export function quoteSelector(text: string, start: number, end: number, minContext = 32): TextQuoteSelector {
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`no text to quote between ${start} and ${end} (the text has ${text.length} characters)`);
  }
  const exact = text.slice(start, end);
  for (let context = minContext; ; context += 8) {
    const selector: TextQuoteSelector = {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, end + context),
    };
    const matches = selectorMatches(text, selector);
    if (matches.length === 1 && matches[0] === start) return selector;
    if (start - context <= 0 && end + context >= text.length) {
      // The whole text is the context and it still matches elsewhere: impossible
      // for a single place, so this is a bug in the caller's offsets.
      throw new Error(`the quote ${JSON.stringify(exact)} at ${start} cannot be told apart from another place`);
    }
  }
}
