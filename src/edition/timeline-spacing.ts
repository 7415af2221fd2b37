/**
 * How far apart two events stand on the drawn timeline (/timeline/): the
 * space grows with the time between them, in steps (the page's CSP allows no
 * style attributes, so each step is a class in pages.css). The steps grow
 * about threefold each, so that the many events of a week in December 2016
 * and the months between 2015 and 2017 both fit one screen's reading.
 * Partial dates ("2016-12", "2016") count from their first day.
 */
const DAY = 24 * 60 * 60 * 1000;

/** The upper bound, in days, of each step after step 0 (the same day). */
const STEP_LIMITS = [3, 10, 31, 92, 366] as const;
/** Step 0 (the same day), one step per limit, and one beyond the last limit. */
export const GAP_STEPS = STEP_LIMITS.length + 2;

function dayNumber(iso: string): number {
  const [year, month = '01', day = '01'] = iso.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / DAY;
}

/** Whole days from one ISO (partial) date to a later one. */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** The spacing step (0 to GAP_STEPS - 1) for a gap of `days`. */
export function gapStep(days: number): number {
  if (days <= 0) return 0;
  const index = STEP_LIMITS.findIndex((limit) => days <= limit);
  return index === -1 ? GAP_STEPS - 1 : index + 1;
}

/** The gap in words, for the axis: "same day", "2 days later", "3 months later", "1 year later". */
export function gapWords(days: number): string {
  if (days <= 0) return 'same day';
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} later`;
  if (days < 14) return plural(days, 'day');
  if (days < 61) return plural(Math.round(days / 7), 'week');
  if (days < 365) return plural(Math.round(days / 30.44), 'month');
  return plural(Math.round(days / 365.25), 'year');
}

/**
 * The year to mark on the axis beside each of `dates` (ISO, partial allowed), in order: the first date's year,
 * then each year that differs from the one before it; undefined where the year goes on.
 */
export function yearMarks(dates: readonly string[]): (string | undefined)[] {
  return dates.map((date, i) => {
    const year = date.slice(0, 4);
    return i === 0 || dates[i - 1]!.slice(0, 4) !== year ? year : undefined;
  });
}
