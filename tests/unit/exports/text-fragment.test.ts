/**
 * The text fragments that link a passage to its words in the original
 * (src/site/text-fragment.ts), read back by a real consumer: the parser of
 * text-fragments-polyfill (GoogleChromeLabs), which browsers without native
 * support run. (Chromium itself follows the claim pages' links in
 * e2e/data/passage-links.spec.ts.)
 */
import { getFragmentDirectives, parseFragmentDirectives } from 'text-fragments-polyfill/text-fragment-utils';
import { describe, expect, it } from 'vitest';
import { encodeTextDirectiveTerm, passageUrl, textDirectiveTerms } from '~/site/text-fragment.ts';

/** What the polyfill reads from a URL's fragment: each text directive's terms. */
const parsed = (url: string) => {
  const directives = parseFragmentDirectives(getFragmentDirectives(new URL(url).hash));
  return directives.text ?? [];
};

describe('text fragments to a passage', () => {
  it('percent-encodes the spec’s delimiters (-, comma, &) and everything outside its explicit characters', () => {
    expect(encodeTextDirectiveTerm('a-b, c & d')).toBe('a%2Db%2C%20c%20%26%20d');
    expect(encodeTextDirectiveTerm('«mensonge» – 4,000')).toBe('%C2%ABmensonge%C2%BB%20%E2%80%93%204%2C000');
    expect(encodeTextDirectiveTerm("it's (all) ok!")).toBe("it's%20(all)%20ok!");
  });

  it('a short passage is the whole directive, and the polyfill reads it back exactly', () => {
    const passage = 'More than 4,000 militants - including foreign fighters - attacked';
    const url = passageUrl('https://tass.com/world/918534/amp', passage);
    expect(url).toMatch(/^https:\/\/tass\.com\/world\/918534\/amp#:~:text=[^,#&-]+$/);
    expect(parsed(url)).toEqual([{ prefix: '', textStart: passage, textEnd: '', suffix: '' }]);
  });

  it('a long passage is given by its first and last five words', () => {
    const passage =
      'The terrorists, who had come unhindered from Mosul, were concentrated near Deir ez-Zor and Raqqa, the ministry said on Sunday.';
    expect(textDirectiveTerms(passage)).toEqual({
      start: 'The terrorists, who had come',
      end: 'Raqqa, the ministry said on Sunday.'.split(' ').slice(-5).join(' '),
    });
    expect(parsed(passageUrl('https://example.org/a', passage))).toEqual([
      { prefix: '', textStart: 'The terrorists, who had come', textEnd: 'the ministry said on Sunday.', suffix: '' },
    ]);
  });

  it('bridges an omission: the start before it, the end after it', () => {
    const passage = 'Boko Haram was said to be [...] moving on Palmyra with tanks.';
    expect(parsed(passageUrl('https://example.org/a', passage))).toEqual([
      { prefix: '', textStart: 'Boko Haram was said to', textEnd: 'moving on Palmyra with tanks.', suffix: '' },
    ]);
    expect(textDirectiveTerms('Il a dénoncé … le « mensonge permanent »')).toEqual({
      start: 'Il a dénoncé',
      end: 'le « mensonge permanent »',
    });
  });

  it('keeps a fragment the address already has, and adds the directive after it', () => {
    const url = passageUrl('https://example.org/page#section-2', 'the words');
    expect(url).toBe('https://example.org/page#section-2:~:text=the%20words');
    expect(parsed(url)[0]?.textStart).toBe('the words');
  });

  it('collapses the passage’s line breaks and runs of spaces, which a page’s text does not keep', () => {
    expect(textDirectiveTerms('a  passage\n over   lines')).toEqual({ start: 'a passage over lines' });
  });
});
