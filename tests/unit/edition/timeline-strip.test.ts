import { describe, expect, it } from 'vitest';
import { timelineStrip } from '~/edition/timeline-strip.ts';

describe('timelineStrip', () => {
  const strip = timelineStrip(['2016-01-01', '2017-01-01', '2016-12-11'], '2016-12-12', 112, 6);

  it('places the events on one line by date, first and last at the ends', () => {
    expect(strip.dots.map((d) => d.x)).toEqual([6, 100.3, 106]);
    expect(strip.dots.map((d) => d.after)).toEqual([false, false, true]);
  });

  it('marks the article’s day and the years where they begin', () => {
    expect(strip.article).toBe(100.5);
    expect(strip.years).toEqual([{ x: 106, label: '2017' }]);
  });
});
