import { describe, expect, it } from 'vitest';
import { claimQuotes, joinBlocks } from '~/article/text-quotes.ts';
import { ANNOTATION_CONTEXT, annotationCollection, checkSelectors, type Note } from '~/exports/web-annotations.ts';

const mdx =
  'He said <Claim id="c1">the cat sat</Claim>, and <Claim id="c2">the dog ran</Claim>.\n\nThen <Claim id="c1">the cat sat</Claim> again.';
const { blocks, quotes } = claimQuotes(mdx);
const text = joinBlocks(blocks);
const pageUrl = 'https://edition.example/articles/a/';
const note = (claimId: string, overrides: Partial<Note> = {}): Note => ({
  claimId,
  status: 'unverified',
  claim: `Claim ${claimId}.`,
  explanation: `What the sources say about ${claimId}.`,
  sources: [{ url: 'https://source.example/x', title: 'X', publisher: 'P', published: '2016-12', language: 'en' }],
  created: '2026-01-01T00:00:00Z',
  modified: '2026-01-02T00:00:00Z',
  ...overrides,
});
const build = (notes: Note[], withText = text) =>
  annotationCollection({
    id: 'https://edition.example/annotations.json',
    label: 'Notes',
    creator: { type: 'Organization', name: 'Edition', homepage: 'https://edition.example/' },
    annotationId: (id) => `https://edition.example/annotations.json#claim-${id}`,
    articles: [{ pageUrl, text: withText, quotes, notes }],
  });

describe('annotationCollection', () => {
  const collection = build([note('c1'), note('c2', { status: 'opinion' })]);

  it('is a W3C AnnotationCollection with one annotation per note', () => {
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(2);
    expect(collection.first.items.map((a) => a.id)).toEqual([
      'https://edition.example/annotations.json#claim-c1',
      'https://edition.example/annotations.json#claim-c2',
    ]);
  });

  it('targets every place a claim is made, with quote and position selectors that agree', () => {
    const [c1] = collection.first.items;
    expect(c1!.target).toHaveLength(2);
    for (const target of c1!.target) {
      const [quote, position] = target.selector;
      expect(target.source).toBe(pageUrl);
      expect(quote.exact).toBe('the cat sat');
      expect(text.slice(position.start, position.end)).toBe('the cat sat');
    }
    expect(checkSelectors(collection, new Map([[pageUrl, text]]))).toEqual([]);
  });

  it('carries the status, the claim, the explanation and links to the sources as bodies', () => {
    const body = collection.first.items[1]!.body;
    expect(body.slice(0, 3).map((b) => [b.type, b.purpose])).toEqual([
      ['TextualBody', 'assessing'],
      ['TextualBody', 'describing'],
      ['TextualBody', 'commenting'],
    ]);
    expect(body[0]).toMatchObject({ value: expect.stringMatching(/^Opinion: /) });
    expect(body[3]).toMatchObject({
      type: 'SpecificResource',
      purpose: 'linking',
      source: { id: 'https://source.example/x' },
    });
  });

  it('fails when the words are not where the MDX puts them', () => {
    expect(() => build([note('c1')], text.replace('cat', 'cow'))).toThrow(/not at that place/);
  });

  it('fails for a note whose claim is not in the article', () => {
    expect(() => build([note('c9')])).toThrow(/not wrapped anywhere/);
  });
});

describe('checkSelectors', () => {
  it('reports a selector that matches more than once or not at all', () => {
    const collection = build([note('c1')]);
    const quote = collection.first.items[0]!.target[0]!.selector[0];
    quote.prefix = '';
    quote.suffix = '';
    expect(checkSelectors(collection, new Map([[pageUrl, text]]))).toEqual([
      'https://edition.example/annotations.json#claim-c1: "the cat sat" matches 2 times',
    ]);
    expect(checkSelectors(collection, new Map([[pageUrl, 'nothing here']]))[0]).toMatch(/matches 0 times/);
  });
});
