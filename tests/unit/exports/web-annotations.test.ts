import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '~/article/cleaner.ts';
import { claimQuotes, joinBlocks, selectorMatches, type ClaimQuote } from '~/article/text-quotes.ts';
import {
  ANNOTATION_CONTEXT,
  annotationCollection,
  checkSelectors,
  isPageTarget,
  type Note,
  type OriginalTarget,
} from '~/exports/web-annotations.ts';
import { articleFiles, readProjectFile } from '../../support/helpers.ts';

/**
 * The W3C Web Annotation context, served from a copy (tests/fixtures/jsonld/anno.jsonld, the W3C's own file): the
 * machines have no internet, and `safe` mode makes jsonld fail on any term the context does not define.
 */
const documentLoader = (url: string) => {
  if (url !== ANNOTATION_CONTEXT) return Promise.reject(new Error(`no network: ${url}`));
  return Promise.resolve({
    contextUrl: undefined,
    documentUrl: url,
    document: JSON.parse(readProjectFile('tests/fixtures/jsonld/anno.jsonld')) as object,
  });
};

const mdx =
  'He said <Claim id="c1">the cat sat</Claim>, and <Claim id="c2">the dog ran</Claim>.\n\nThen <Claim id="c1">the cat sat</Claim> again.';
const { blocks, quotes } = claimQuotes(mdx);
const text = joinBlocks(blocks);
const pageUrl = 'https://edition.example/articles/a/';
const originalUrl = 'https://news.example/original';
const note = (claimId: string, overrides: Partial<Note> = {}): Note => ({
  claimId,
  status: 'unverified',
  claim: `Claim ${claimId}.`,
  explanation: `What the sources say about ${claimId}.`,
  citations: [
    {
      url: 'https://source.example/x',
      title: 'X',
      publisher: 'P',
      published: '2016-12',
      language: 'en',
      role: 'backs',
      passage: 'the cat sat, the source said',
    },
    {
      url: 'https://source.example/y',
      title: 'Y',
      publisher: 'Q',
      published: '2017-03',
      language: 'fr',
      role: 'later',
      passage: 'le chat [...] est parti',
      translation: 'the cat has gone',
    },
  ],
  created: '2026-01-01T00:00:00Z',
  modified: '2026-01-02T00:00:00Z',
  ...overrides,
});
const build = (notes: Note[], withText = text, withQuotes: ClaimQuote[] = quotes) =>
  annotationCollection({
    id: 'https://edition.example/annotations.json',
    label: 'Notes',
    creator: { type: 'Organization', name: 'Edition', homepage: 'https://edition.example/' },
    annotationId: (id) => `https://edition.example/annotations.json#claim-${id}`,
    articles: [{ pageUrl, originalUrl, text: withText, quotes: withQuotes, notes }],
  });

describe('annotationCollection', () => {
  const collection = build([note('c1'), note('c2', { status: 'opinion' })]);

  it('is a W3C AnnotationCollection with one annotation per note', () => {
    expect(collection['@context']).toEqual([ANNOTATION_CONTEXT, { role: 'schema:roleName' }]);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(2);
    expect(collection.first.items.map((a) => a.id)).toEqual([
      'https://edition.example/annotations.json#claim-c1',
      'https://edition.example/annotations.json#claim-c2',
    ]);
  });

  it('targets every place a claim is made, on the page and on the original', () => {
    const [c1] = collection.first.items;
    const onPage = c1!.target.filter(isPageTarget);
    const onOriginal = c1!.target.filter((t) => !isPageTarget(t)) as OriginalTarget[];
    expect(onPage).toHaveLength(2);
    expect(onOriginal).toHaveLength(2);
    for (const target of onPage) {
      expect(target.source).toBe(pageUrl);
      // The page's context is filled in on the built page (anchor-on-page.ts); here, the words and the scope.
      expect(target.selector).toEqual([
        {
          type: 'CssSelector',
          value: '[data-article-text]',
          refinedBy: { type: 'TextQuoteSelector', exact: 'the cat sat' },
        },
      ]);
    }
    const c1Quotes = quotes.filter((q) => q.claimId === 'c1');
    onOriginal.forEach((target, i) => {
      expect(target.source).toBe(originalUrl);
      expect(target.selector.exact).toBe('the cat sat');
      expect(selectorMatches(text, target.selector)).toEqual([c1Quotes[i]!.start]);
    });
    expect(checkSelectors(collection, new Map([[originalUrl, text]]))).toEqual([]);
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
      role: 'backs',
      source: { id: 'https://source.example/x' },
      selector: { type: 'TextQuoteSelector', exact: 'the cat sat, the source said' },
    });
    // A passage that leaves words out gives one body per part, each the words it quotes.
    expect(body.slice(4)).toMatchObject([
      { role: 'later', source: { id: 'https://source.example/y', language: 'fr' }, selector: { exact: 'le chat' } },
      {
        role: 'later',
        source: { id: 'https://source.example/y' },
        selector: { type: 'TextQuoteSelector', exact: 'est parti' },
      },
    ]);
  });

  it('is JSON-LD that a processor (jsonld) expands to the W3C model, each citation with its passage and role', async () => {
    const expanded = (await jsonld.expand(
      collection as unknown as jsonld.JsonLdDocument,
      {
        documentLoader,
        safe: true,
      } as unknown as Parameters<typeof jsonld.expand>[1],
    )) as Record<string, any>[];
    const OA = 'http://www.w3.org/ns/oa#';
    const items = expanded[0]!['http://www.w3.org/ns/activitystreams#first'][0][
      'http://www.w3.org/ns/activitystreams#items'
    ][0]['@list'] as Record<string, any>[];
    expect(items).toHaveLength(2);
    const links = items[0]![`${OA}hasBody`].filter((b: any) =>
      b[`${OA}hasPurpose`]?.some((p: any) => p['@id'] === `${OA}linking`),
    );
    expect(
      links.map((b: any) => ({
        source: b[`${OA}hasSource`][0]['@id'],
        role: b['http://schema.org/roleName'][0]['@value'],
        selector: b[`${OA}hasSelector`][0]['@type'][0],
      })),
    ).toEqual([
      { source: 'https://source.example/x', role: 'backs', selector: `${OA}TextQuoteSelector` },
      { source: 'https://source.example/y', role: 'later', selector: `${OA}TextQuoteSelector` },
      { source: 'https://source.example/y', role: 'later', selector: `${OA}TextQuoteSelector` },
    ]);
    expect(links[0][`${OA}hasSelector`][0][`${OA}exact`][0]['@value']).toBe('the cat sat, the source said');
    expect(links[2][`${OA}hasSelector`][0][`${OA}exact`][0]['@value']).toBe('est parti');
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
    const quote = (collection.first.items[0]!.target[1] as OriginalTarget).selector;
    quote.prefix = '';
    quote.suffix = '';
    expect(checkSelectors(collection, new Map([[originalUrl, text]]))).toEqual([
      'https://edition.example/annotations.json#claim-c1: "the cat sat" matches 2 times',
    ]);
    expect(checkSelectors(collection, new Map([[originalUrl, 'nothing here']]))[0]).toMatch(/matches 0 times/);
    expect(checkSelectors(collection, new Map())[0]).toMatch(/no article text for https:\/\/news.example\/original/);
  });
});

describe.each(articleFiles())('article $id: the quotes for the original article', (article) => {
  // The article's text as published: the cleaned scrape, as the fidelity test checks it.
  const published = joinBlocks(cleanArticle(readProjectFile(article.frontmatter.rawScrape)).blocks.map((b) => b.text));
  const articleQuotes = claimQuotes(article.body).quotes;
  const ids = [...new Set(articleQuotes.map((q) => q.claimId))];
  const collection = build(
    ids.map((id) => note(id)),
    published,
    articleQuotes,
  );

  it('finds every quote for the original exactly once in the cleaned scrape, on the claim’s words', () => {
    const targets = collection.first.items.flatMap((a) =>
      a.target.filter((t) => !isPageTarget(t)).map((t) => ({ id: a.id, target: t as OriginalTarget })),
    );
    expect(targets).toHaveLength(articleQuotes.length);
    for (const { id, target } of targets) {
      const matches = selectorMatches(published, target.selector);
      expect(matches, `${id}: ${target.selector.exact}`).toHaveLength(1);
      const claimId = id.replace(/^.*#claim-/, '');
      expect(articleQuotes.filter((q) => q.claimId === claimId).map((q) => q.start)).toContain(matches[0]);
    }
  });
});
