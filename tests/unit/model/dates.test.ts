import { describe, expect, it } from 'vitest';
import { formatPartialDate, parseDateRange, parsePartialDate } from '~/model/dates.ts';

const today = new Date('2026-11-25T12:00:00Z');

describe('parsePartialDate', () => {
  it('accepts a day, a month or a year', () => {
    expect(parsePartialDate('2016-12-12', today)).toMatchObject({ precision: 'day', year: 2016, month: 12, day: 12 });
    expect(parsePartialDate('2016-12', today)).toMatchObject({ precision: 'month' });
    expect(parsePartialDate('2016', today)).toMatchObject({ precision: 'year' });
  });

  it.each([
    ['12/12/2016', /not a date/],
    ['2016-13', /no month 13/],
    ['2017-02-29', /not a calendar date/],
    ['2016-12-32', /not a calendar date/],
    ['2026-11-26', /future/],
    ['2027', /future/],
  ])('rejects %s', (value, message) => {
    expect(parsePartialDate(value, today)).toMatch(message);
  });

  it('accepts today and the current month', () => {
    expect(typeof parsePartialDate('2026-11-25', today)).toBe('object');
    expect(typeof parsePartialDate('2026-11', today)).toBe('object');
  });
});

describe('formatPartialDate', () => {
  it('writes the date at its precision', () => {
    expect(formatPartialDate('2016-12-12')).toBe('12 December 2016');
    expect(formatPartialDate('2015-05')).toBe('May 2015');
    expect(formatPartialDate('2017')).toBe('2017');
  });
});

describe('date ranges (a source placed only within a few days)', () => {
  it('reads and writes a range of days', () => {
    expect(parseDateRange('2016-12-12/2016-12-13')).toEqual({ first: '2016-12-12', last: '2016-12-13' });
    expect(parseDateRange('2016-12-12')).toBeUndefined();
    expect(formatPartialDate('2016-12-12/2016-12-13')).toBe('12 or 13 December 2016');
    expect(formatPartialDate('2016-12-12/2016-12-15')).toBe('12–15 December 2016');
    expect(formatPartialDate('2016-11-30/2016-12-01')).toBe('30 November 2016 – 1 December 2016');
  });
  it('refuses a range that is backwards, partial or not two dates', () => {
    expect(parseDateRange('2016-12-13/2016-12-12')).toMatch(/the earlier first/);
    expect(parseDateRange('2016-12/2016-12-13')).toMatch(/two full dates/);
    expect(parseDateRange('2016-12-12/x')).toMatch(/is not a date range/);
  });
});
