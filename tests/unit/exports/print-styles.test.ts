import { describe, expect, it } from 'vitest';
import { articlePrintStyles, cssString, sitePrintStyles } from '~/site/print-styles.ts';

const RULES = '/* Every page */\n@page {\n  margin: 1cm;\n}\n\n\n/* The article */\n';

describe('print stylesheets', () => {
  it('write any text as a CSS string in printable ASCII', () => {
    expect(cssString('Peter Ford says "no"')).toBe('"Peter Ford says \\"no\\""');
    expect(cssString('a\\b')).toBe('"a\\\\b"');
    // A line break is \A; a curly quote and an astral character are hex escapes ending with a space.
    expect(cssString('one\ntwo')).toBe('"one\\a two"');
    expect(cssString('\u201cé\u201d 😀')).toBe('"\\201c \\e9 \\201d  \\1f600 "');
  });

  it('give internal links the site’s address, with the print rules and without their comments', () => {
    const css = sitePrintStyles(RULES, 'https://example.org/sub/');
    expect(css).toContain('@page');
    expect(css).not.toContain('/*');
    expect(css).toContain('content:" (" "https://example.org" attr(href) ")"');
  });

  it('give internal links nothing after them when the site has no deployed address: no path in angle brackets', () => {
    const css = sitePrintStyles(RULES, undefined);
    expect(css).not.toContain('attr(href)');
    expect(css).not.toContain('localhost');
  });

  it('give an article a running head, and each endnote its sources, dated where the source is, and its claim page', () => {
    const notes = [
      {
        id: 'aleppo-50000',
        claimPage: 'https://example.org/claims/aleppo-50000/',
        sources: [
          { publisher: 'TASS', title: 'Troops', published: '2016-12-11', url: 'https://tass.com/a' },
          { publisher: 'Atlas', title: 'Aleppo', published: 'undated', url: 'https://atlas.example/b' },
        ],
      },
    ];
    const article = { title: 'A title', date: 'RT, 12 December 2016', address: 'https://example.org/articles/a/' };
    const css = articlePrintStyles(RULES, 'https://example.org', article, notes);
    expect(css).toContain(
      '@page{@top-left{content:"A title"}@top-right{content:"RT, 12 December 2016"}@bottom-left{content:"https://example.org/articles/a/"}}',
    );
    expect(css).toContain(
      '#claim-aleppo-50000::after{content:"Sources:\\a \\2022  TASS, 11 December 2016: https://tass.com/a\\a \\2022  Atlas: https://atlas.example/b\\a Why, on the claim\\2019 s page: https://example.org/claims/aleppo-50000/"}',
    );
    // Without a deployed address: no address at the foot, no claim page.
    const local = articlePrintStyles(RULES, undefined, { ...article, address: undefined }, [
      { ...notes[0]!, claimPage: undefined },
    ]);
    expect(local).toContain('@top-right{content:"RT, 12 December 2016"}}');
    expect(local).not.toContain('claim\\2019 s page');
  });
});
