/**
 * Non-negotiable: the article's words are never altered. These tests compare
 * the article, as an editor writes it and as a reader gets it, with the raw
 * scrape it was cleaned from. tests/site/fidelity.test.ts checks the built page.
 */
import { parseHTML } from 'linkedom';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '~/article/cleaner.ts';
import { compareArticleText, readArticleMarkup, readArticleText } from '~/article/fidelity.ts';
import { articleFiles, readProjectFile } from '../../support/helpers.ts';

const articles = articleFiles();

describe('compareArticleText', () => {
  const expected = ['One “quoted” word.', "Russia's army."];
  it('passes identical text', () => {
    expect(compareArticleText(expected, { blocks: [...expected], stray: [] })).toEqual([]);
  });
  it('catches one changed character, such as a quote made curly', () => {
    expect(compareArticleText(expected, { blocks: ['One “quoted” word.', 'Russia’s army.'], stray: [] })).toEqual([
      'paragraph 2 differs at character 7: scrape has "Russia\'s army.", page has "Russia’s army."',
    ]);
  });
  it('catches a missing paragraph and stray text', () => {
    expect(compareArticleText(expected, { blocks: [expected[0]!], stray: ['added'] })).toEqual([
      'text outside any paragraph: "added"',
      'expected 2 paragraphs, found 1',
      'paragraph 2: missing on the page: "Russia\'s army."',
    ]);
  });
});

describe('readArticleText', () => {
  it('drops what annotations add and keeps the words they wrap', () => {
    const { document } = parseHTML(
      '<div id="t"><p><a href="#s">PF:</a> A <span data-claim="c">claim<sup data-annotation>1</sup></span>.</p>\n<p>Two</p></div>',
    );
    expect(readArticleText(document.getElementById('t')!)).toEqual({ blocks: ['PF: A claim.', 'Two'], stray: [] });
  });
});

describe('readArticleMarkup', () => {
  it('accepts paragraphs whose only elements are the annotation wrappers', () => {
    const { document } = parseHTML(
      '<div id="t"><p><a href="#s" data-speaker="pf">PF:</a> A <span data-claim="c">claim<sup data-annotation><a href="#n">1</a></sup></span>.</p><p>Two</p></div>',
    );
    expect(readArticleMarkup(document.getElementById('t')!)).toEqual([]);
  });

  it('names a link, emphasis or a block that is not a paragraph, even when the text is the same', () => {
    const { document } = parseHTML(
      '<div id="t"><p>A <a href="https:example.org">claim</a> and <em>more</em>.</p><blockquote>Two</blockquote></div>',
    );
    expect(readArticleMarkup(document.getElementById('t')!)).toEqual([
      'paragraph 1: <a> around "claim"',
      'paragraph 1: <em> around "more"',
      'block 2 is a <blockquote>, not a paragraph',
    ]);
  });
});

describe.each(articles)('article $id', (article) => {
  const expected = cleanArticle(
    readProjectFile(article.frontmatter.rawScrape),
    article.frontmatter.rawScrape,
  ).blocks.map((b) => b.text);

  it('has the same headline as the scrape', () => {
    expect(article.frontmatter.title).toBe(cleanArticle(readProjectFile(article.frontmatter.rawScrape)).headline);
  });

  it('MDX source: each paragraph, without its markup, is the scrape’s paragraph', () => {
    const tree = unified().use(remarkParse).use(remarkMdx).parse(article.body);
    const blocks = tree.children.map((node) => {
      if (node.type !== 'paragraph') throw new Error(`${article.path}: expected only paragraphs, found a ${node.type}`);
      return toString(node);
    });
    expect(compareArticleText(expected, { blocks, stray: [] })).toEqual([]);
  });
});
