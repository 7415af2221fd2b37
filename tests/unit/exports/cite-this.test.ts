import { describe, expect, it } from 'vitest';
import { bibtex, bibtexEscape, plainCitation } from '~/exports/cite-this.ts';

const work = {
  key: 'decamped-from-mosul-aleppo-50000',
  author: 'Annotated edition',
  title: 'Peter Ford says 50% & more_of {it}',
  container: 'Note 3 on “Headline”',
  url: 'https://example.org/claims/aleppo-50000/',
  changed: '2026-11-30',
};

describe('cite this', () => {
  it('plain text: author, title, container, last-changed date and address', () => {
    expect(plainCitation(work)).toBe(
      'Annotated edition. “Peter Ford says 50% & more_of {it}.” Note 3 on “Headline”. Last changed 30 November 2026. https://example.org/claims/aleppo-50000/',
    );
  });

  it('BibTeX: a @misc entry with escaped fields, the year and the url', () => {
    const entry = bibtex(work);
    expect(entry.startsWith('@misc{decamped-from-mosul-aleppo-50000,\n')).toBe(true);
    expect(entry).toContain('title = {Peter Ford says 50\\% \\& more\\_of \\{it\\}}');
    expect(entry).toContain('author = {{Annotated edition}}');
    expect(entry).toContain('year = {2026}');
    expect(entry).toContain('url = {https://example.org/claims/aleppo-50000/}');
    // Balanced braces: the entry cannot be broken by a title.
    const depth = [...entry.replace(/\\[{}]/g, '')].reduce((d, c) => d + (c === '{' ? 1 : c === '}' ? -1 : 0), 0);
    expect(depth).toBe(0);
  });

  it('escapes every special character', () => {
    expect(bibtexEscape('a\\b~c^d#e$f')).toBe('a\\textbackslash{}b\\textasciitilde{}c\\textasciicircum{}d\\#e\\$f');
  });
});
