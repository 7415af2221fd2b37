/**
 * The raw scrape line by line, each line with what the cleaner did with it:
 * removed (and why), read as the dateline or the headline, kept as a block of
 * the article, or skipped as a blank line between paragraphs. The about page
 * shows it beside the cleaned text.
 */
import type { ArticleBlock, CleanedArticle } from './cleaner.ts';

export type LineFate =
  | { kind: 'removed'; why: string }
  | { kind: 'dateline' }
  | { kind: 'headline' }
  | { kind: 'block'; block: ArticleBlock['kind'] }
  | { kind: 'blank' };

export interface ProvenanceLine {
  /** 1-based line number in the scrape. */
  line: number;
  text: string;
  fate: LineFate;
}

export function provenance(raw: string, cleaned: CleanedArticle): ProvenanceLine[] {
  const removed = new Map(cleaned.removed.map((r) => [r.line, r.why]));
  const blocks = new Map(cleaned.blocks.map((b) => [b.line, b.kind]));
  let datelineSeen = false;
  let headlineSeen = false;
  return raw
    .replace(/\r?\n$/, '')
    .split(/\r?\n/)
    .map((text, index): ProvenanceLine => {
      const line = index + 1;
      const why = removed.get(line);
      if (why !== undefined) return { line, text, fate: { kind: 'removed', why } };
      const block = blocks.get(line);
      if (block !== undefined) return { line, text, fate: { kind: 'block', block } };
      if (text.trim() === '') return { line, text, fate: { kind: 'blank' } };
      if (!datelineSeen && text === cleaned.dateline) {
        datelineSeen = true;
        return { line, text, fate: { kind: 'dateline' } };
      }
      if (!headlineSeen && text === cleaned.headline) {
        headlineSeen = true;
        return { line, text, fate: { kind: 'headline' } };
      }
      throw new Error(
        `line ${line} of the scrape is neither removed nor used by the cleaner: ${JSON.stringify(text.slice(0, 60))}`,
      );
    });
}

export const BLOCK_KIND_LABELS: Record<ArticleBlock['kind'], string> = {
  standfirst: 'standfirst',
  paragraph: 'paragraph',
  related: 'related link (kept as text)',
  turn: 'interview turn',
  statement: 'quoted statement',
  disclaimer: 'closing disclaimer',
};
