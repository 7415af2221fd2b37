/** The text-spacing gate on dist/: no word glued to the punctuation before it in any page's visible text. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../tools/gates/page-weight.ts';
import { gluedPunctuation } from '../../tools/gates/text-spacing.ts';
import { builtSite } from '../support/built.ts';

const site = builtSite();
describe('every built page', () => {
  it.each(site.pages)('$path: no word glued to the punctuation before it', ({ file }) => {
    const html = site.readText(file);
    // Code is quoted as written (file names, field names).
    const { document } = parseHTML(html);
    for (const code of Array.from(document.querySelectorAll('code, pre'))) code.remove();
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- linkedom serialises a document as its HTML
    const text = visibleText(document.toString());
    expect(text.length).toBeGreaterThan(0);
    expect(gluedPunctuation(text)).toEqual([]);
  });
});
