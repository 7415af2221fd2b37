/**
 * The links gate on the builds: every local link, asset and fragment of dist/
 * and dist-base/ leads somewhere, and every external link is https.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltSite, checkLinks, formatLinkProblem, formatLinkProblems } from '../../tools/gates/link-check.ts';
import { isArticlePage } from '../../tools/gates/built-site.ts';
import { ROOT } from '../../tools/project.ts';
import { siteUrl } from '~/site/site.ts';
import { builtSite, BASE } from '../support/built.ts';

const site = builtSite();
describe('the built site', () => {
  it('has no broken internal link or anchor and no external link that is not https', () => {
    const pages = site.pages.map((p) => ({ file: p.file, html: site.readText(p.file) }));
    const stylesheets = [...site.files]
      .filter((f) => f.endsWith('.css'))
      .map((file) => ({ file, css: site.readText(file) }));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(formatLinkProblems(checkLinks({ pages, stylesheets, files: site.files, base: BASE, site: siteUrl() }))).toBe(
      '',
    );
  });

  it('links every claim reference to its note and back (the checker sees the back-links)', () => {
    const articles = site.pages.filter((p) => isArticlePage(p.path));
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      const html = site.readText(article.file);
      const backLinks = [...html.matchAll(/href="#(claim-ref-[^"]+)"/g)].map((m) => m[1]);
      expect(backLinks.length).toBeGreaterThan(0);
      for (const id of backLinks) expect(html).toContain(`id="${id}"`);
    }
  });
});

// Both builds: `npm test` makes dist/ and dist-base/ (BASE_PATH=/annotated-edition/) before this project runs.
describe.each([
  ['dist', '/'],
  ['dist-base', '/annotated-edition/'],
])('the built site in %s (base %s), read from disk', (dir, base) => {
  const path = join(ROOT, dir);
  it('has no broken internal link, asset or fragment', () => {
    expect(existsSync(path)).toBe(true);
    expect(checkBuiltSite(path, base).map(formatLinkProblem)).toEqual([]);
  });
});
