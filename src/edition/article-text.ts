/**
 * Each article's text as the exports need it: the raw scrape, cleaned, and
 * where each claim's words stand in it. Reading it also proves once more
 * that the MDX and the scrape hold the same words, failing the build if not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle, type CleanedArticle } from '~/article/cleaner.ts';
import { compareArticleText } from '~/article/fidelity.ts';
import { claimQuotes, joinBlocks, type ClaimQuote } from '~/article/text-quotes.ts';
import type { RenderedArticle } from './load.ts';

export interface ArticleTextData {
  raw: string;
  cleaned: CleanedArticle;
  /** The article text as the fidelity test checks it: the cleaner's blocks, joined. */
  text: string;
  quotes: ClaimQuote[];
}

const textCache = new Map<string, ArticleTextData>();

/** Reads the raw scrape, cleans it, and finds each claim's words in the text; fails the build if the MDX and the scrape differ. */
export function articleText(article: RenderedArticle): ArticleTextData {
  const cached = textCache.get(article.entry.id);
  if (cached) return cached;
  const file = article.entry.data.rawScrape;
  const raw = readFileSync(join(process.cwd(), file), 'utf8');
  const cleaned = cleanArticle(raw, file);
  const { blocks, quotes } = claimQuotes(article.entry.body ?? '');
  const problems = compareArticleText(
    cleaned.blocks.map((b) => b.text),
    { blocks, stray: [] },
  );
  if (problems.length > 0) {
    throw new Error(
      `${article.entry.filePath ?? article.entry.id}: the article text differs from ${file}:\n  ${problems.join('\n  ')}`,
    );
  }
  const data = { raw, cleaned, text: joinBlocks(cleaned.blocks.map((b) => b.text)), quotes };
  textCache.set(article.entry.id, data);
  return data;
}
