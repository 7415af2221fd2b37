import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../tools/gates/page-weight.ts';
import { gluedPunctuation } from '../tools/gates/text-spacing.ts';
import { builtSite } from './built.ts';

describe('gluedPunctuation', () => {
  it('finds a word glued to the punctuation before it', () => {
    expect(gluedPunctuation('the places;every source')).toEqual(['the places;every source']);
    expect(gluedPunctuation('against the sources:Supported')).toHaveLength(1);
    expect(gluedPunctuation('a sentence.Another one')).toHaveLength(1);
  });
  it('leaves numbers, times, addresses and abbreviations alone', () => {
    expect(gluedPunctuation('4,000 fighters at 16:32, https://www.rt.com/op-ed/x, U.S. officials, e.g. this')).toEqual(
      [],
    );
  });
});

const site = builtSite();
describe.runIf(site)('every built page', () => {
  it.each(site?.pages ?? [])('$path: no word glued to the punctuation before it', ({ file }) => {
    const html = site!.readText(file);
    // Code is quoted as written (file names, field names).
    const { document } = parseHTML(html);
    for (const code of Array.from(document.querySelectorAll('code, pre'))) code.remove();
    const text = visibleText(document.toString());
    expect(text.length).toBeGreaterThan(0);
    expect(gluedPunctuation(text)).toEqual([]);
  });
});
