import { describe, expect, it } from 'vitest';
import { gluedPunctuation } from '../../../tools/gates/text-spacing.ts';

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
