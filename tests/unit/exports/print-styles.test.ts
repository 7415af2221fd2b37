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
    expect(css).toContain('content:" <" "https://example.org" attr(href) ">"');
  });

  it('give internal links their path alone when the site has no deployed address', () => {
    const css = sitePrintStyles(RULES, undefined);
    expect(css).toContain('content:" <" attr(href) ">"');
    expect(css).not.toContain('localhost');
  });

  it('give each endnote of an article its claim and its sources, dated where the source is', () => {
    const css = articlePrintStyles(RULES, 'https://example.org', [
      {
        id: 'aleppo-50000',
        claim: 'Peter Ford says 50,000 troops.',
        sources: [
          { publisher: 'TASS', title: 'Troops', published: '2016-12-11', url: 'https://tass.com/a' },
          { publisher: 'Atlas', title: 'Aleppo', published: 'undated', url: 'https://atlas.example/b' },
        ],
      },
    ]);
    expect(css).toContain('#claim-aleppo-50000::before{content:"Peter Ford says 50,000 troops."}');
    expect(css).toContain(
      '#claim-aleppo-50000::after{content:"Sources:\\a \\2022  TASS, \\201c Troops\\201d , 11 December 2016: https://tass.com/a\\a \\2022  Atlas, \\201c Aleppo\\201d : https://atlas.example/b"}',
    );
  });
});
