import { describe, expect, it } from 'vitest';
import { selectorMatches, type TextPositionSelector, type TextQuoteSelector } from '~/article/text-quotes.ts';
import { anchorOnPages, renderedArticleText } from '~/exports/anchor-on-page.ts';
import type { AnnotationCollection, PageTarget, RefinedCssSelector } from '~/exports/web-annotations.ts';

const pageUrl = 'https://edition.example/articles/a/';
// A mark as the Claim component renders it: the words, then the note number and the hidden short note.
const mark = (id: string, words: string, n: number) =>
  `<span class="claim" data-claim="${id}">${words}<sup data-annotation>${n}</sup><span popover data-annotation>${n} Unverified: the claim &amp; more</span></span>`;
const html = (body: string) =>
  `<!doctype html><html><body><nav>the cat sat</nav><div data-article-text><p>🐈 Then ${body}</p></div></body></html>`;
const page = html(
  `${mark('c1', 'the cat sat', 1)}, and ${mark('c2', 'the <i>dog</i> ran', 2)}. Then ${mark('c1', 'the cat sat', 1)}.`,
);

const pageTarget = (exact: string): PageTarget => ({
  source: pageUrl,
  selector: [{ type: 'CssSelector', value: '[data-article-text]', refinedBy: { type: 'TextQuoteSelector', exact } }],
});
const collection = (targets: Record<string, string[]>): AnnotationCollection => ({
  '@context': ['http://www.w3.org/ns/anno.jsonld', { role: 'schema:roleName' }],
  id: 'https://edition.example/annotations.json',
  type: 'AnnotationCollection',
  label: 'Notes',
  total: Object.keys(targets).length,
  first: {
    id: 'https://edition.example/annotations.json#page-1',
    type: 'AnnotationPage',
    startIndex: 0,
    items: Object.entries(targets).map(([id, words]) => ({
      id: `https://edition.example/annotations.json#claim-${id}`,
      type: 'Annotation',
      motivation: 'assessing',
      creator: { type: 'Organization', name: 'Edition', homepage: 'https://edition.example/' },
      created: '2026-01-01',
      modified: '2026-01-01',
      body: [],
      target: [
        ...words.map(pageTarget),
        {
          source: 'https://news.example/x',
          selector: { type: 'TextQuoteSelector', exact: words[0]!, prefix: '', suffix: '' },
        },
      ],
    })),
  },
});

describe('renderedArticleText', () => {
  it('reads the scope’s whole text, annotations included, and each claim’s words in it', () => {
    const { text, marks, problems } = renderedArticleText(page);
    expect(problems).toEqual([]);
    expect(text).toBe(
      '🐈 Then the cat sat11 Unverified: the claim & more, and the dog ran22 Unverified: the claim & more. Then the cat sat11 Unverified: the claim & more.',
    );
    expect(marks.map((m) => [m.claimId, m.exact, text.slice(m.start, m.end)])).toEqual([
      ['c1', 'the cat sat', 'the cat sat'],
      ['c2', 'the dog ran', 'the dog ran'],
      ['c1', 'the cat sat', 'the cat sat'],
    ]);
  });

  it('reports words that do not stand together, and a page without one article text', () => {
    const split = html('<span data-claim="c1">the <sup data-annotation>1</sup>cat</span>');
    expect(renderedArticleText(split).problems).toEqual([
      'claim "c1": its words do not stand together at the start of its mark',
    ]);
    expect(renderedArticleText('<p>no article</p>').problems).toEqual(['0 elements match [data-article-text]']);
  });
});

describe('anchorOnPages', () => {
  it('gives each page target a quote that matches once in the rendered text and a position in code points', () => {
    const c = collection({ c1: ['the cat sat', 'the cat sat'], c2: ['the dog ran'] });
    const { anchored, problems } = anchorOnPages(c, (url) => (url === pageUrl ? page : undefined));
    expect(problems).toEqual([]);
    expect(anchored).toBe(3);
    const { text, marks } = renderedArticleText(page);
    const codePoints = Array.from(text);
    const targets = c.first.items.flatMap((a) => a.target.slice(0, -1) as PageTarget[]);
    const expected = [marks[0]!, marks[2]!, marks[1]!];
    targets.forEach((target, i) => {
      const [quote, position] = target.selector as [
        RefinedCssSelector<TextQuoteSelector>,
        RefinedCssSelector<TextPositionSelector>,
      ];
      expect(quote.value).toBe('[data-article-text]');
      expect(selectorMatches(text, quote.refinedBy)).toEqual([expected[i]!.start]);
      // The cat emoji is two UTF-16 units and one code point.
      const { start, end } = position.refinedBy;
      expect(codePoints.slice(start, end).join('')).toBe(expected[i]!.exact);
      expect(start).toBe(expected[i]!.start - 1);
    });
    // The original's target is left as it is.
    expect(c.first.items[0]!.target.at(-1)).toEqual({
      source: 'https://news.example/x',
      selector: { type: 'TextQuoteSelector', exact: 'the cat sat', prefix: '', suffix: '' },
    });
  });

  it('reports words the page does not mark, a mark missing, and a page missing', () => {
    expect(anchorOnPages(collection({ c1: ['the cow sat'] }), () => page).problems).toEqual([
      'https://edition.example/annotations.json#claim-c1: mark 1 of the claim on https://edition.example/articles/a/ is "the cat sat", not "the cow sat"',
    ]);
    expect(
      anchorOnPages(collection({ c1: ['the cat sat', 'the cat sat', 'the cat sat'] }), () => page).problems,
    ).toEqual([
      'https://edition.example/annotations.json#claim-c1: mark 3 of the claim on https://edition.example/articles/a/ is missing, not "the cat sat"',
    ]);
    expect(anchorOnPages(collection({ c1: ['the cat sat'] }), () => undefined).problems).toEqual([
      'https://edition.example/annotations.json#claim-c1: no built page for https://edition.example/articles/a/',
    ]);
  });
});
