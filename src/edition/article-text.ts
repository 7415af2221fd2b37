/**
 * Each article's text as the exports need it: the raw scrape, cleaned, and
 * where each claim's words stand in it. Reading it also proves once more
 * that the MDX and the scrape hold the same words, failing the build if not.
 */
import { cleanArticle, type CleanedArticle } from '~/article/cleaner.ts';
import { compareArticleText } from '~/article/fidelity.ts';
import { claimQuotes, joinBlocks, type ClaimQuote } from '~/article/text-quotes.ts';
import type { RenderedArticle } from './load.ts';
import { AstroError } from 'astro/errors';
import { readContentFile } from '~/model/content-files.ts';

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
  const read = readContentFile(process.cwd(), file);
  if ('problem' in read) {
    throw new AstroError(
      `${article.entry.filePath ?? article.entry.id} → rawScrape: ${file} ${read.problem.message}`,
      read.problem.fix,
    );
  }
  const raw = read.text;
  const cleaned = cleanArticle(raw, file);
  const { blocks, quotes } = claimQuotes(article.entry.body ?? '');
  const problems = compareArticleText(
    cleaned.blocks.map((b) => b.text),
    { blocks, stray: [] },
  );
  if (problems.length > 0) {
    throw new AstroError(
      `${article.entry.filePath ?? article.entry.id} → article text: differs from ${file}:\n  ${problems.join('\n  ')}`,
      'The article’s words are never changed: restore the text and add only <Claim> and <SpeakerLabel> markup around it.',
    );
  }
  const data = { raw, cleaned, text: joinBlocks(cleaned.blocks.map((b) => b.text)), quotes };
  textCache.set(article.entry.id, data);
  return data;
}
