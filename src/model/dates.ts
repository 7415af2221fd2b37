/**
 * Dates in content are ISO 8601 calendar dates at the precision the source
 * gives: "2016", "2016-12" or "2016-12-12". A partial date is honest where a
 * source names only the month; `<time datetime>` accepts all three forms.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

export interface ParsedDate {
  iso: string;
  precision: DatePrecision;
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}

/** Returns the parsed date, or a sentence saying what is wrong with it. */
export function parsePartialDate(value: string, today: Date = new Date()): ParsedDate | string {
  const match = PARTIAL_DATE.exec(value);
  if (!match) {
    return `"${value}" is not a date: write YYYY-MM-DD (or YYYY-MM, YYYY where the source gives no day)`;
  }
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) {
    return `"${value}" has no month ${month}`;
  }
  if (month !== undefined && day !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) {
      return `"${value}" is not a calendar date (month ${month} of ${year} has ${daysInMonth} days)`;
    }
  }
  // Compare the earliest instant the date can mean with today, so that a
  // partial date in the current month or year is not counted as future.
  const earliest = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const endOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (earliest > endOfToday) {
    return `"${value}" is in the future`;
  }
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return { iso: value, precision, year, month, day };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A source's date where it can be placed only within a few days: two full
 * dates joined by a slash, as ISO 8601 writes an interval
 * ("2016-12-12/2016-12-13"). Its first and last day, or a sentence saying
 * what is wrong, or undefined when the value is not written as a range.
 */
export function parseDateRange(
  value: string,
  today: Date = new Date(),
): { first: string; last: string } | string | undefined {
  if (!value.includes('/')) return undefined;
  const [a = '', b = '', ...rest] = value.split('/');
  const first = parsePartialDate(a, today);
  const last = parsePartialDate(b, today);
  if (rest.length > 0 || typeof first === 'string' || typeof last === 'string') {
    return `"${value}" is not a date range: write two dates as YYYY-MM-DD/YYYY-MM-DD, the first and last day the source can date from`;
  }
  if (first.precision !== 'day' || last.precision !== 'day' || first.iso >= last.iso) {
    return `"${value}" is not a date range: write two full dates, the earlier first, as YYYY-MM-DD/YYYY-MM-DD`;
  }
  return { first: first.iso, last: last.iso };
}

/** True for a date range ("2016-12-12/2016-12-13"), which `<time datetime>` cannot hold. */
export const isDateRange = (value: string): boolean => value.includes('/');

/** "12 December 2016", "December 2016" or "2016", as the precision allows; a range as "12 or 13 December 2016". */
export function formatPartialDate(value: string): string {
  const range = parseDateRange(value, new Date(8.64e15));
  if (typeof range === 'string') throw new Error(range);
  if (range) {
    const [a, b] = [formatPartialDate(range.first), formatPartialDate(range.last)];
    const [aDay, ...aRest] = a.split(' ');
    const [bDay, ...bRest] = b.split(' ');
    const joiner = range.first.slice(0, 7) === range.last.slice(0, 7) ? ' or ' : ' – ';
    if (aRest.join(' ') === bRest.join(' ') && joiner === ' or ') {
      // Two consecutive days: "12 or 13 December 2016"; more: "12–15 December 2016".
      const next = new Date(Date.parse(`${range.first}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      return next === range.last ? `${aDay} or ${bDay} ${bRest.join(' ')}` : `${aDay}–${bDay} ${bRest.join(' ')}`;
    }
    return `${a} – ${b}`;
  }
  const parsed = parsePartialDate(value, new Date(8.64e15));
  if (typeof parsed === 'string') throw new Error(parsed);
  const parts: string[] = [];
  if (parsed.day !== undefined) parts.push(String(parsed.day));
  if (parsed.month !== undefined) parts.push(MONTHS[parsed.month - 1]!);
  parts.push(String(parsed.year));
  return parts.join(' ');
}
