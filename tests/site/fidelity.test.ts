/**
 * Non-negotiable: the article's words are never altered. The built article
 * page, annotations removed, is the raw scrape it was cleaned from
 * (tests/unit/fidelity.test.ts checks the comparison and the MDX source).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '~/article/cleaner.ts';
import { compareArticleText, readArticleMarkup, readArticleText } from '~/article/fidelity.ts';
import { ROOT, articleFiles, readProjectFile } from '../support/helpers.ts';

const articles = articleFiles();

describe.each(articles)('article $id', (article) => {
  const expected = cleanArticle(
    readProjectFile(article.frontmatter.rawScrape),
    article.frontmatter.rawScrape,
  ).blocks.map((b) => b.text);

  const built = join(ROOT, 'dist/articles', article.id, 'index.html');
  it('built page: the data-article-text element, without annotations, is the scrape', () => {
    const { document } = parseHTML(readFileSync(built, 'utf8'));
    const roots = document.querySelectorAll('[data-article-text]');
    expect(roots.length).toBe(1);
    expect(compareArticleText(expected, readArticleText(roots[0]!))).toEqual([]);
    expect(document.querySelectorAll('[data-article-text] [data-claim]').length).toBeGreaterThan(0);
    expect(readArticleMarkup(roots[0]!)).toEqual([]);
  });
});

it('the built site has a page for every article', () => {
  expect(articles.length).toBeGreaterThan(0);
  for (const article of articles) expect(existsSync(join(ROOT, 'dist/articles', article.id, 'index.html'))).toBe(true);
});
