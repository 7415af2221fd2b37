/**
 * The timeline's small drawing for the front page: each event a dot on one
 * line, placed by its date between the first event and the last, the
 * article's day marked, the years labelled where they begin. Pure, so that
 * it is tested without Astro; TimelineStrip.astro draws what this returns.
 */
import { daysBetween } from './timeline-spacing.ts';

export interface TimelineStripModel {
  width: number;
  /** Each event's x, and whether it came after the article. */
  dots: { x: number; after: boolean }[];
  article: number;
  years: { x: number; label: string }[];
}

/** `dates` are partial ISO dates; x runs from `pad` to `width - pad`. */
export function timelineStrip(
  dates: readonly string[],
  articleDate: string,
  width = 600,
  pad = 12,
): TimelineStripModel {
  const all = [...dates, articleDate].sort();
  const first = all[0]!;
  const last = all[all.length - 1]!;
  const span = Math.max(1, daysBetween(first, last));
  const x = (date: string) => Math.round((pad + (daysBetween(first, date) / span) * (width - 2 * pad)) * 10) / 10;
  const years: { x: number; label: string }[] = [];
  for (let year = Number(first.slice(0, 4)) + 1; year <= Number(last.slice(0, 4)); year++) {
    years.push({ x: x(`${year}-01-01`), label: String(year) });
  }
  return {
    width,
    dots: [...dates].sort().map((date) => ({ x: x(date), after: date.localeCompare(articleDate) > 0 })),
    article: x(articleDate),
    years,
  };
}
