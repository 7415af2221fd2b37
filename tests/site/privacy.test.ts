/** The privacy gate on dist/: nothing loaded from another origin, no web fonts, no referrer sent. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { offSiteCssLoads, offSiteLoads } from '../../tools/gates/privacy.ts';
import { builtSite } from '../support/built.ts';

const site = builtSite();
describe('the built site', () => {
  it('loads nothing from another origin, in any page or stylesheet', () => {
    const found: string[] = [];
    for (const file of site.files) {
      if (file.endsWith('.html')) found.push(...offSiteLoads(site.readText(file)).map((f) => `${file}: ${f}`));
      if (file.endsWith('.css')) found.push(...offSiteCssLoads(site.readText(file)).map((f) => `${file}: ${f}`));
    }
    expect(found).toEqual([]);
  });
  it('ships no web fonts: the pages use system fonts', () => {
    expect([...site.files].filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
    for (const file of [...site.files].filter((f) => f.endsWith('.css')))
      expect(site.readText(file)).not.toMatch(/@font-face/i);
  });
  it.each(site.pages)('$path tells the browser to send no referrer to the sites it links to', ({ file }) => {
    const { document } = parseHTML(site.readText(file));
    expect(document.querySelector('head > meta[name="referrer"]')?.getAttribute('content')).toBe('no-referrer');
  });
});
