import { describe, expect, it } from 'vitest';
import { cleanArticle } from '~/article/cleaner.ts';
import { articleToMdx, escapeMdxText } from '../../../tools/cleaner/to-mdx.ts';

describe('escapeMdxText', () => {
  it('escapes what Markdown and MDX would read as syntax', () => {
    expect(escapeMdxText('a <b> {c} *d* _e_ [f] `g` ~h~ & #i')).toBe(
      'a \\<b\\> \\{c\\} \\*d\\* \\_e\\_ \\[f\\] \\`g\\` \\~h\\~ \\& \\#i',
    );
    expect(escapeMdxText('- not a list')).toBe('\\- not a list');
    expect(escapeMdxText('1. not a list')).toBe('1\\. not a list'.replace('1\\.', '\\1.'));
  });

  it('leaves quotes, apostrophes and dashes alone', () => {
    const text = "It's “quoted” – and ‘single’ - yes";
    expect(escapeMdxText(text)).toBe(text);
  });
});

describe('articleToMdx', () => {
  it('writes frontmatter and links labels to speakers by their known labels', () => {
    const article = cleanArticle('12 Dec, 2016 16:32\nHead\nStandfirst.\nPF:\u00a0Answer.\nRT: Question?\n');
    const mdx = articleToMdx(article, {
      rawScrape: 'content/raw/x.txt',
      originalUrl: 'https://example.org/a',
      outlet: 'RT',
      section: 'Op-Edge',
      description: 'D',
      speakerIdsByLabel: { 'PF:': 'peter-ford' },
    });
    expect(mdx).toContain('title: "Head"\ndateline: "12 Dec, 2016 16:32"\npublished: 2016-12-12\n');
    expect(mdx).toContain('speakers: [peter-ford, rt]');
    expect(mdx).toContain('<SpeakerLabel id="peter-ford">PF:</SpeakerLabel>\u00a0Answer.');
    expect(mdx).toContain('<SpeakerLabel id="rt">RT:</SpeakerLabel> Question?');
  });
});
