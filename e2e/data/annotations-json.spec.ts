/**
 * /annotations.json: every note as a W3C Web Annotation, with a target in the
 * page's article text and one on the original article. (Anchoring on the
 * page with a real client: annotations-anchor.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { readArticleText } from '~/article/fidelity.ts';
import { selectorMatches } from '~/article/text-quotes.ts';
import { passageSegments } from '~/site/text-fragment.ts';
import { article } from '../support/article-links.ts';
import { claims } from '../support/content.ts';

const allClaims = claims();

test.describe('machine-readable data', () => {
  test(
    'annotations.json: every note, on the page’s claim words and, matching exactly once, in the article’s text as published',
    { tag: '@desktop' },
    async ({ page, request }) => {
      await page.goto(article.path);
      const { blocks } = await page.locator('[data-article-text]').evaluate(readArticleText);
      const text = blocks.join('\n');
      const response = await request.get('/annotations.json');
      expect(response.status()).toBe(200);
      const collection = await response.json();
      // The W3C context, and `role` (a citation's role) as schema.org's roleName.
      expect(collection['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { role: 'schema:roleName' }]);
      expect(collection.type).toBe('AnnotationCollection');
      const items = collection.first.items as Record<string, any>[];
      expect(items.map((a) => a.id.replace(/^.*#claim-/, '')).sort()).toEqual(allClaims.map((c) => c.id).sort());
      const wrapped = await page.locator('[data-article-text] [data-claim]').evaluateAll((els) =>
        els.map((e) => {
          const copy = e.cloneNode(true) as Element;
          for (const added of Array.from(copy.querySelectorAll('[data-annotation]'))) added.remove();
          return { id: e.getAttribute('data-claim')!, text: copy.textContent ?? '' };
        }),
      );
      let targets = 0;
      for (const annotation of items) {
        expect(annotation.type).toBe('Annotation');
        expect(annotation.body.find((b: any) => b.purpose === 'commenting').value).toMatch(/\S/);
        expect(annotation.body.some((b: any) => b.purpose === 'linking' && /^https:\/\//.test(b.source.id))).toBe(true);
        const id = annotation.id.replace(/^.*#claim-/, '');
        // One linking body per citation (per part of a passage that leaves words out): the source, the role, and the
        // passage's words as a selector on the source.
        const citations = allClaims.find((c) => c.id === id)!.citations;
        const links = annotation.body.filter((b: any) => b.purpose === 'linking');
        expect(
          links.map((b: any) => [b.role, b.selector.exact]),
          id,
        ).toEqual(citations.flatMap((c) => passageSegments(c.passage).map((part) => [c.role, part])));
        const onPage = annotation.target.filter((t: any) => Array.isArray(t.selector));
        const onOriginal = annotation.target.filter((t: any) => !Array.isArray(t.selector));
        expect(onOriginal).toHaveLength(onPage.length);
        for (const target of onPage) {
          targets += 1;
          expect(new URL(target.source).pathname).toBe(article.path);
          const quote = target.selector.find((s: any) => s.refinedBy?.type === 'TextQuoteSelector');
          expect(quote.type).toBe('CssSelector');
          expect(quote.value).toBe('[data-article-text]');
          // The exact words are those the page wraps for that claim.
          expect(wrapped.filter((w) => w.id === id).map((w) => w.text)).toContain(quote.refinedBy.exact);
        }
        for (const target of onOriginal) {
          expect(target.source).toBe(article.originalUrl);
          const quote = target.selector;
          expect(quote.type).toBe('TextQuoteSelector');
          // The page's article text without the annotations is the text as published (the fidelity test).
          expect(selectorMatches(text, quote), `${annotation.id}: ${quote.exact}`).toHaveLength(1);
          expect(wrapped.filter((w) => w.id === id).map((w) => w.text)).toContain(quote.exact);
        }
      }
      expect(targets).toBe(wrapped.length);
    },
  );
});
