import { describe, expect, it } from 'vitest';
import { curly, sourceTitle } from '~/site/typography.ts';

describe('curly', () => {
  it('turns straight quotes and apostrophes into the article’s curly ones', () => {
    expect(curly(`RT's "up to 300" is the ministry's figure`)).toBe('RT’s “up to 300” is the ministry’s figure');
    expect(curly(`He said 'no.'`)).toBe('He said ‘no.’');
  });
  it('leaves dashes, ellipses and text without straight quotes as written', () => {
    expect(curly('10 -- 12 December... ')).toBe('10 -- 12 December... ');
    const plain = 'No quotes — here…';
    expect(curly(plain)).toBe(plain);
  });
});

describe('sourceTitle', () => {
  it('gives an editors’ description without its brackets, marked as one', () => {
    expect(sourceTitle('[AFP report: Pentagon says ISIS seized gear]')).toEqual({
      text: 'AFP report: Pentagon says ISIS seized gear',
      described: true,
    });
  });
  it('leaves a page’s own headline as it is, brackets inside it included', () => {
    expect(sourceTitle('Palmyra [update]')).toEqual({ text: 'Palmyra [update]', described: false });
  });
});
