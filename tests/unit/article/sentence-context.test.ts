import { describe, expect, it } from 'vitest';
import { quoteInContext } from '~/article/sentence-context.ts';

describe('quoteInContext', () => {
  const text =
    'Other paragraph. Ends here.\nFirst one. Second, with the claim in it, goes on. Third one. Fourth.\nNext.';
  const start = text.indexOf('the claim');
  it('gives the sentence before and after, and the rest of the quote’s own sentence', () => {
    const c = quoteInContext(text, start, start + 'the claim'.length);
    expect(c).toEqual({ before: 'First one. Second, with ', exact: 'the claim', after: ' in it, goes on. Third one.' });
    expect(text).toContain(`${c.before}${c.exact}${c.after}`);
  });

  it('never crosses into another paragraph', () => {
    const at = text.indexOf('First one');
    const c = quoteInContext(text, at, at + 'First one.'.length);
    expect(c.before).toBe('');
    expect(c.after).toBe(' Second, with the claim in it, goes on.');
    const last = text.indexOf('Fourth');
    expect(quoteInContext(text, last, last + 6).after).toBe('.');
  });

  it('refuses an empty or out-of-range quote', () => {
    expect(() => quoteInContext(text, 5, 5)).toThrow(RangeError);
    expect(() => quoteInContext(text, 0, text.length + 1)).toThrow(RangeError);
  });
});
