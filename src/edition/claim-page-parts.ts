/**
 * The pure parts of a claim page's view (./claim-page.ts), apart so that
 * they are tested without Astro: the one dated list (each source and event
 * once, oldest first, in the period it belongs to), whether the figures are
 * worth a chart, and the finding's and headings' wording.
 */
import { formatPartialDate } from '~/model/dates.ts';
import { curly } from '~/site/typography.ts';
import type { EvidenceItem } from './evidence.ts';
import type { FigureView } from './figure-chart.ts';

/** One line of the dated list: a source (by its number in the page's list) or a timeline event. */
export interface DatedRow {
  /** A partial ISO date, a range, or "undated". */
  date: string;
  kind: 'source' | 'event';
  /** The event's title, or the source's short title. */
  text: string;
  /** The event on the timeline, or the source in the page's list (`#source-n`). */
  href: string;
  /** A source's number in the page's list, and its publisher. */
  number?: number | undefined;
  publisher?: string | undefined;
}

export interface DatedGroup {
  key: 'known' | 'later' | 'maybe-after' | 'undated';
  /** A heading for readers: "Known on 12 December 2016". */
  title: string;
  rows: DatedRow[];
}

/** The first sentence of a text (Intl.Segmenter: "U.S." does not end one; the editors write a bottomLine where it would cut). */
export function firstSentence(text: string): string {
  const [first] = new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text);
  return (first?.segment ?? text).trim();
}

/** A heading starts with a capital letter, whatever the origin's name starts with ("the Syrian government"). */
export const sentenceCase = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Sorts dated items oldest first; undated and ranges by their first day. */
const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);

/**
 * The dated list's groups, each item once: sources by number and publisher,
 * events by title; empty groups left out.
 */
export function datedGroups(
  split: Record<'known' | 'later' | 'maybeAfter' | 'undated', EvidenceItem[]>,
  day: string,
  numbers: ReadonlyMap<string, number>,
  shortTitles: ReadonlyMap<string, string>,
): DatedGroup[] {
  const dayText = formatPartialDate(day);
  const seen = new Set<string>();
  const rows = (items: EvidenceItem[]): DatedRow[] =>
    [...items]
      .filter((item) => {
        const key = `${item.kind}:${item.id}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort(byDate)
      .map((item) => {
        if (item.kind === 'event') return { date: item.date, kind: 'event', text: curly(item.text), href: item.href };
        const number = numbers.get(item.id);
        return {
          date: item.date,
          kind: 'source',
          text: shortTitles.get(item.id) ?? item.text,
          href: number === undefined ? item.href : `#source-${number}`,
          number,
          publisher: item.publisher,
        };
      });
  const groups: DatedGroup[] = [
    { key: 'known', title: `Known on ${dayText}, the day of the article`, rows: rows(split.known) },
    { key: 'later', title: 'What came after', rows: rows(split.later) },
    {
      key: 'maybe-after',
      title: `Dated only to a few days around ${dayText}: it may have come out after the article`,
      rows: rows(split.maybeAfter),
    },
    { key: 'undated', title: 'Not dated, or dated too loosely to place', rows: rows(split.undated) },
  ];
  return groups.filter((group) => group.rows.length > 0);
}

/** True when the figures hold at least two different values: a chart of equal bars says nothing. */
export const figuresDiffer = (figures: readonly Pick<FigureView, 'value'>[]): boolean =>
  new Set(figures.map((f) => f.value)).size > 1;
