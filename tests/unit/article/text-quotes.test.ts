import { describe, expect, it } from 'vitest';
import { cleanArticle } from '~/article/cleaner.ts';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  claimQuotes,
  claimQuotesOfTree,
  joinBlocks,
  quoteSelector,
  selectorMatches,
  sharedQuotes,
  withoutOuterLineBreaks,
} from '~/article/text-quotes.ts';
import { checkContent } from '~/check/content-check.ts';
import { ROOT, articleFiles, readProjectFile } from '../../support/helpers.ts';

describe('claimQuotes', () => {
  const mdx = [
    '<SpeakerLabel id="a">A:</SpeakerLabel> It is <Claim id="one">a *big* claim</Claim>, he said.',
    '',
    'Later: <Claim id="two">another</Claim> and <Claim id="one">the same claim again</Claim>.',
  ].join('\n');
  const { blocks, quotes } = claimQuotes(mdx);

  it('reads each paragraph as text without markup', () => {
    expect(blocks).toEqual(['A: It is a big claim, he said.', 'Later: another and the same claim again.']);
  });

  it('finds every <Claim> with its words and offsets in the joined text', () => {
    const text = joinBlocks(blocks);
    expect(quotes.map((q) => [q.claimId, q.occurrence, q.exact])).toEqual([
      ['one', 1, 'a big claim'],
      ['two', 1, 'another'],
      ['one', 2, 'the same claim again'],
    ]);
    for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.exact);
    expect(quotes[1]!.start).toBe(blocks[0]!.length + 1 + 'Later: '.length);
  });
});

describe('selectorMatches', () => {
  it('counts only the places whose context matches', () => {
    const text = 'x the cat. y the cat. x the cat!';
    expect(selectorMatches(text, { exact: 'the cat', prefix: '', suffix: '' })).toEqual([2, 13, 24]);
    expect(selectorMatches(text, { exact: 'the cat', prefix: 'x ', suffix: '' })).toEqual([2, 24]);
    expect(selectorMatches(text, { exact: 'the cat', prefix: 'x ', suffix: '!' })).toEqual([24]);
    expect(selectorMatches(text, { exact: 'dog', prefix: '', suffix: '' })).toEqual([]);
  });
});

describe('quoteSelector', () => {
  it('extends the context until the quote matches only its own place', () => {
    const unit = 'the same words. ';
    const text = `${unit.repeat(5)}odd ${unit.repeat(5)}`;
    const start = text.indexOf('the same words', unit.length * 5 + 4);
    const selector = quoteSelector(text, start, start + 'the same words'.length, 4);
    expect(selector.exact).toBe('the same words');
    expect(selector.prefix.endsWith('odd ')).toBe(true);
    expect(selectorMatches(text, selector)).toEqual([start]);
  });

  it('keeps at least the minimum context, clipped at the edges of the text', () => {
    const text = 'Start here and then go on for a while after it.';
    const selector = quoteSelector(text, 0, 5, 10);
    expect(selector).toEqual({ type: 'TextQuoteSelector', exact: 'Start', prefix: '', suffix: ' here and ' });
  });

  it('refuses an empty or out-of-range span', () => {
    expect(() => quoteSelector('abc', 2, 2)).toThrow(RangeError);
    expect(() => quoteSelector('abc', 1, 9)).toThrow(RangeError);
  });
});

describe.each(articleFiles())('article $id: the claims in the text the fidelity test checks', (article) => {
  const cleaned = cleanArticle(readProjectFile(article.frontmatter.rawScrape));
  const text = joinBlocks(cleaned.blocks.map((b) => b.text));
  const { quotes } = claimQuotes(article.body);

  it('finds each claim’s words at its offsets in the cleaned scrape', () => {
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.exact);
  });

  it('gives every claim occurrence a TextQuoteSelector that matches exactly once, at its place', () => {
    for (const quote of quotes) {
      expect(
        selectorMatches(text, quoteSelector(text, quote.start, quote.end)),
        `${quote.claimId} #${quote.occurrence}`,
      ).toEqual([quote.start]);
    }
  });
});

describe('claimQuotes shared with the content check (one MDX parse per article)', { timeout: 30_000 }, () => {
  it('takes what the check read from the same parse, equal to a parse of its own', () => {
    checkContent(ROOT);
    for (const article of articleFiles()) {
      // Astro's entry.body has no line breaks around it; the check's key must be found by it.
      const body = withoutOuterLineBreaks(article.body);
      const kept = sharedQuotes().get(body);
      expect(kept, article.id).toBeDefined();
      expect(claimQuotes(body)).toBe(kept);
      expect(kept).toEqual(claimQuotesOfTree(unified().use(remarkParse).use(remarkMdx).parse(body)));
    }
    sharedQuotes().clear(); // the unit tests share their module cache: leave nothing behind
  });
});
