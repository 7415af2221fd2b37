/**
 * Turns a cleaned article into the first draft of its MDX file: frontmatter
 * and one paragraph per block, with each speaker label linked to its card.
 * Editors then add the claim markup by hand.
 */
import type { ArticleBlock, CleanedArticle } from '~/article/cleaner.ts';

export interface MdxOptions {
  rawScrape: string;
  originalUrl: string;
  outlet: string;
  section: string;
  description: string;
  /** Speaker ids by the label that introduces them ("PF:" → "peter-ford"). */
  speakerIdsByLabel: Record<string, string>;
}

// Characters Markdown, GFM or MDX would read as syntax; a backslash keeps
// each one literal, so the rendered text is the scrape's text.
const INLINE_SYNTAX = /[\\`*_{}[\]<>#|~&!]/g;
const LINE_START_SYNTAX = /^([-+=]|\d+[.)])/;

export function escapeMdxText(text: string): string {
  return text.replace(INLINE_SYNTAX, (char) => `\\${char}`).replace(LINE_START_SYNTAX, (start) => `\\${start}`);
}

export function speakerIdForLabel(label: string, known: Record<string, string>): string {
  return (
    known[label] ??
    label
      .replace(/:$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
  );
}

function blockToMdx(block: ArticleBlock, options: MdxOptions): string {
  switch (block.kind) {
    case 'turn': {
      const id = speakerIdForLabel(block.label, options.speakerIdsByLabel);
      const gap = block.text.slice(block.label.length, block.text.length - block.body.length);
      return `<SpeakerLabel id="${id}">${escapeMdxText(block.label)}</SpeakerLabel>${gap}${escapeMdxText(block.body)}`;
    }
    default:
      return escapeMdxText(block.text);
  }
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

export function articleToMdx(article: CleanedArticle, options: MdxOptions): string {
  const speakers = [
    ...new Set(
      article.blocks.flatMap((b) => (b.kind === 'turn' ? [speakerIdForLabel(b.label, options.speakerIdsByLabel)] : [])),
    ),
  ];
  const frontmatter = [
    '---',
    `title: ${yamlString(article.headline)}`,
    `dateline: ${yamlString(article.dateline)}`,
    `published: ${article.published.date}`,
    `outlet: ${yamlString(options.outlet)}`,
    `section: ${yamlString(options.section)}`,
    `originalUrl: ${yamlString(options.originalUrl)}`,
    `rawScrape: ${options.rawScrape}`,
    `description: ${yamlString(options.description)}`,
    `speakers: [${speakers.join(', ')}]`,
    '---',
  ];
  return `${frontmatter.join('\n')}\n\n${article.blocks.map((b) => blockToMdx(b, options)).join('\n\n')}\n`;
}
