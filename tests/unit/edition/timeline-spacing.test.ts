import { describe, expect, it } from 'vitest';
import { GAP_STEPS, daysBetween, gapStep, gapWords, yearMarks } from '~/edition/timeline-spacing.ts';

describe('timeline spacing', () => {
  it('counts days between full and partial dates, a partial date from its first day', () => {
    expect(daysBetween('2016-12-11', '2016-12-12')).toBe(1);
    expect(daysBetween('2016-12', '2016-12-12')).toBe(11);
    expect(daysBetween('2016', '2017')).toBe(366);
    expect(daysBetween('2016-12-12', '2016-12-12')).toBe(0);
  });
  it('gives more space to longer gaps, never less, within the steps pages.css defines', () => {
    const days = [0, 1, 3, 4, 10, 11, 31, 32, 92, 93, 366, 367, 2000];
    const steps = days.map(gapStep);
    expect(steps).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6]);
    expect(Math.max(...steps)).toBe(GAP_STEPS - 1);
  });
  it('says the gap in words', () => {
    expect([0, 1, 5, 20, 100, 400].map(gapWords)).toEqual([
      'same day',
      '1 day later',
      '5 days later',
      '3 weeks later',
      '3 months later',
      '1 year later',
    ]);
  });
  it('marks the axis with the first year and each new year, partial dates included', () => {
    expect(yearMarks(['2015-05', '2015-08-30', '2016', '2016-12-11', '2017-01-20', '2017-03'])).toEqual([
      '2015',
      undefined,
      '2016',
      undefined,
      '2017',
      undefined,
    ]);
    expect(yearMarks([])).toEqual([]);
  });
});
