/**
 * /annotations.json read by a real Web Annotation client: Apache Annotator's
 * DOM matchers (`@apache-annotator/dom`), run in Chromium on the served page
 * each target names. Every selector must anchor exactly once, inside
 * `[data-article-text]`, on the claim's own words. Annotation clients run as
 * browser extensions, which the page's CSP does not bind: the library is
 * injected in a context that bypasses the CSP, never by loosening the policy.
 * Each citation's passage selector (on the source) is matched too, in a
 * stand-in page holding the passage (issue 31).
 */
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';
import { article } from '../support/article-links.ts';

/** The library as one browser script exposing `window.AnnotatorDom`. */
async function annotatorBundle(): Promise<string> {
  const result = await build({
    stdin: { contents: "export * from '@apache-annotator/dom';", resolveDir: process.cwd() },
    bundle: true,
    format: 'iife',
    globalName: 'AnnotatorDom',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

interface Anchored {
  selector: string;
  /** The text of each range the selector matched. */
  matches: string[];
  /** For each match, whether it lies inside `[data-article-text]`. */
  inside: boolean[];
}

test.describe('machine-readable data', () => {
  test(
    'annotations.json: Apache Annotator anchors every page selector once, on the claim’s words',
    { tag: '@desktop' },
    async ({ browser, request }) => {
      const collection = await (await request.get('/annotations.json')).json();
      const items = collection.first.items as Record<string, any>[];
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(article.path);
      await page.addScriptTag({ content: await annotatorBundle() });

      // The claim's words at each mark, in reading order: its text without what the annotations add.
      const wrapped = await page.locator('[data-article-text] [data-claim]').evaluateAll((els) =>
        els.map((e) => {
          const copy = e.cloneNode(true) as Element;
          for (const added of Array.from(copy.querySelectorAll('[data-annotation]'))) added.remove();
          return { id: e.getAttribute('data-claim')!, text: copy.textContent ?? '' };
        }),
      );
      expect(wrapped.length).toBeGreaterThan(0);

      let pageTargets = 0;
      let selectors = 0;
      for (const annotation of items) {
        const id = String(annotation.id).replace(/^.*#claim-/, '');
        const words = wrapped.filter((w) => w.id === id).map((w) => w.text);
        const onPage = (annotation.target as Record<string, any>[]).filter(
          (t) => new URL(t.source).pathname === article.path,
        );
        expect(onPage, `${id}: a target on the article page for each mark`).toHaveLength(words.length);
        onPage.forEach((target, index) => (target.occurrence = index));
        for (const target of onPage) {
          pageTargets += 1;
          const list = Array.isArray(target.selector) ? target.selector : [target.selector];
          expect(list.length).toBeGreaterThan(0);
          for (const selector of list) {
            selectors += 1;
            const anchored: Anchored = await page.evaluate(async (selector) => {
              const dom = (window as any).AnnotatorDom;
              // A CssSelector narrows the scope to its element; its refinement is matched inside it.
              let scope: Node = document.body;
              let leaf = selector;
              if (selector.type === 'CssSelector') {
                const elements = document.querySelectorAll(selector.value);
                if (elements.length !== 1) return { selector: selector.value, matches: [], inside: [] };
                scope = elements[0]!;
                leaf = selector.refinedBy;
              }
              const scopeRange = document.createRange();
              scopeRange.selectNodeContents(scope);
              const matcher =
                leaf?.type === 'TextQuoteSelector'
                  ? dom.createTextQuoteSelectorMatcher(leaf)
                  : leaf?.type === 'TextPositionSelector'
                    ? dom.createTextPositionSelectorMatcher(leaf)
                    : undefined;
              const matches: string[] = [];
              const inside: boolean[] = [];
              if (matcher) {
                for await (const range of matcher(scopeRange) as AsyncIterable<Range>) {
                  matches.push(range.toString());
                  const start = range.startContainer.parentElement;
                  const end = range.endContainer.parentElement;
                  inside.push(!!start?.closest('[data-article-text]') && !!end?.closest('[data-article-text]'));
                }
              }
              return { selector: JSON.stringify(selector), matches, inside };
            }, selector);
            const label = `${id} mark ${target.occurrence + 1}: ${anchored.selector}`;
            expect(anchored.matches, label).toHaveLength(1);
            expect(anchored.inside, label).toEqual([true]);
            expect(anchored.matches[0], label).toBe(words[target.occurrence]);
          }
        }
      }
      expect(pageTargets).toBe(wrapped.length);
      expect(selectors).toBeGreaterThanOrEqual(pageTargets);
      await context.close();
    },
  );

  test(
    'annotations.json: Apache Annotator finds each citation’s passage selector once, in a page holding those words',
    { tag: '@desktop' },
    async ({ page, request }) => {
      // The sources' own pages are not fetched: a stand-in page holds the passage between other words, as a
      // source's page would, and the client must find the selector's words there exactly once.
      const collection = await (await request.get('/annotations.json')).json();
      const bodies = (collection.first.items as Record<string, any>[]).flatMap((annotation) =>
        (annotation.body as Record<string, any>[])
          .filter((body) => body.purpose === 'linking')
          .map((body) => ({ id: String(annotation.id).replace(/^.*#claim-/, ''), body })),
      );
      expect(bodies.length).toBeGreaterThan(0);
      await page.setContent('<!doctype html><title>source</title><main></main>');
      await page.addScriptTag({ content: await annotatorBundle() });
      for (const { id, body } of bodies) {
        expect(body.selector.type, id).toBe('TextQuoteSelector');
        const matches: string[] = await page.evaluate(async (selector) => {
          const main = document.querySelector('main')!;
          main.innerHTML = '';
          for (const words of ['The page opens here.', selector.exact, 'And the page goes on.']) {
            const p = document.createElement('p');
            p.textContent = words;
            main.append(p);
          }
          const scope = document.createRange();
          scope.selectNodeContents(main);
          const found: string[] = [];
          const matcher = (window as any).AnnotatorDom.createTextQuoteSelectorMatcher(selector);
          for await (const range of matcher(scope) as AsyncIterable<Range>) found.push(range.toString());
          return found;
        }, body.selector);
        expect(matches, `${id}: ${body.source.id}`).toEqual([body.selector.exact]);
      }
    },
  );
});
