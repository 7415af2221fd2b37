/**
 * Reader pages speak to readers: no editors' working words in any built page's visible text, and the editors'
 * text set with curly quotes and apostrophes, as the article is (the article's own words and the sources'
 * headlines are quoted as they are, so they are not read here).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../tools/gates/page-weight.ts';
import { builtSite } from '../support/built.ts';

const WORKING_WORDS = [
  '[fragile address',
  'Filed on',
  'not read again since',
  'the date of the last commit',
  'the date the files were last saved',
  'Content last changed',
];
/** The editors' own text on the reader pages: headlines, findings, explanations, corrections, facts, events. */
const EDITORIAL = [
  '.claim-page h1',
  '.verdict-bottom-line',
  '.claim-explanation p',
  '.change-list li',
  '.finding-claim',
  '.finding-line',
  '.claim-item-text',
  '.speaker-profile .lede',
  '.event-title',
].join(', ');

const site = builtSite();
describe('every built page', () => {
  it.each(site.pages)('$path: readers’ words, editorial text in curly quotes', ({ file }) => {
    const html = site.readText(file);
    const text = visibleText(html);
    for (const words of WORKING_WORDS) expect.soft(text, `“${words}”`).not.toContain(words);
    const { document } = parseHTML(html);
    const straight = Array.from(document.querySelectorAll(EDITORIAL))
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((t) => /["']/.test(t));
    expect.soft(straight, 'editorial text with straight quotes').toEqual([]);
  });
});
