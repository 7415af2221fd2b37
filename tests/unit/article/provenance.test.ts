import { describe, expect, it } from 'vitest';
import { cleanArticle } from '~/article/cleaner.ts';
import { provenance } from '~/article/provenance.ts';
import { articleFiles, readProjectFile } from '../../support/helpers.ts';

describe('provenance', () => {
  it('gives each line of a scrape its fate', () => {
    const raw = ['12 Dec, 2016 16:32', '', 'Headline', 'Headline', '', 'Standfirst.', 'RT: A question?', ''].join('\n');
    const lines = provenance(raw, cleanArticle(raw));
    expect(lines.map((l) => [l.line, l.fate])).toEqual([
      [1, { kind: 'dateline' }],
      [2, { kind: 'blank' }],
      [3, { kind: 'headline' }],
      [4, { kind: 'removed', why: 'the headline, repeated' }],
      [5, { kind: 'blank' }],
      [6, { kind: 'block', block: 'standfirst' }],
      [7, { kind: 'block', block: 'turn' }],
    ]);
  });

  it.each(articleFiles())('accounts for every line of the scrape of $id', (article) => {
    const raw = readProjectFile(article.frontmatter.rawScrape);
    const cleaned = cleanArticle(raw);
    const lines = provenance(raw, cleaned);
    expect(lines.filter((l) => l.fate.kind === 'removed').map((l) => l.line)).toEqual(
      cleaned.removed.map((r) => r.line),
    );
    expect(lines.filter((l) => l.fate.kind === 'block').map((l) => l.text)).toEqual(cleaned.blocks.map((b) => b.text));
    expect(lines.filter((l) => l.fate.kind !== 'blank').length).toBe(
      cleaned.removed.length + cleaned.blocks.length + 2,
    );
  });
});
