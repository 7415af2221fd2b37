/**
 * The page-weight budget on dist/: an article page's first view (HTML, CSS,
 * JS, fonts, images, each gzip-compressed) is at most 20 KB, of which
 * JavaScript at most 2 KB. `npm run bench` prints the split.
 */
import { describe, expect, it } from 'vitest';
import { FIRST_VIEW_BUDGET, budgetProblems, measureFirstView } from '../../tools/gates/page-weight.ts';
import { isArticlePage } from '../../tools/gates/built-site.ts';
import { builtSite, BASE } from '../support/built.ts';

const site = builtSite();
// The article pages and the pages under them (an article's places).
const articlePages = site.pages.filter((page) => page.path.startsWith('/articles/'));
describe('the built article pages', () => {
  it('exist', () => {
    expect(articlePages.length).toBeGreaterThan(0);
  });
  it.each(articlePages)(
    `$path: first view within ${FIRST_VIEW_BUDGET.total} bytes gzip, JavaScript within ${FIRST_VIEW_BUDGET.js}`,
    ({ file }) => {
      const view = measureFirstView({ files: site.files, read: site.read, base: BASE }, file);
      expect(view.resources.some((r) => r.kind === 'css')).toBe(true);
      expect(budgetProblems(view)).toEqual([]);
    },
  );
  // Issue 11: the map moved to the article's places page, where it opens the page and counts in its first view.
  it('leave the map of an article out of its first view, even deferred: it is on the places page', () => {
    for (const page of articlePages.filter((p) => isArticlePage(p.path))) {
      const view = measureFirstView({ files: site.files, read: site.read, base: BASE }, page.file);
      expect(view.deferred.map((r) => r.path).filter((path) => path.startsWith('/maps/'))).toHaveLength(0);
      expect(view.resources.some((r) => r.path.startsWith('/maps/'))).toBe(false);
      const places = site.pages.find((p) => p.path === `${page.path}places/`);
      expect(places, `${page.path}places/`).toBeDefined();
      const placesView = measureFirstView({ files: site.files, read: site.read, base: BASE }, places!.file);
      expect(placesView.resources.filter((r) => r.path.startsWith('/maps/'))).toHaveLength(2);
      expect(placesView.deferred).toEqual([]);
    }
  });
});
