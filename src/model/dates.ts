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

/** "12 December 2016", "December 2016" or "2016", as the precision allows. */
export function formatPartialDate(value: string): string {
  const parsed = parsePartialDate(value, new Date(8.64e15));
  if (typeof parsed === 'string') throw new Error(parsed);
  const parts: string[] = [];
  if (parsed.day !== undefined) parts.push(String(parsed.day));
  if (parsed.month !== undefined) parts.push(MONTHS[parsed.month - 1]!);
  parts.push(String(parsed.year));
  return parts.join(' ');
}
