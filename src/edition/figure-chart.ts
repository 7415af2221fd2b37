/**
 * The geometry of a claim's figures chart (FigureChart.astro): one bar per
 * figure on a shared scale from zero, labelled by who gave it, when and
 * where. Pure, so that it is tested without Astro; the component only
 * draws what this returns.
 */
import { formatPartialDate } from '~/model/dates.ts';
import type { FIGURE_QUALIFIERS } from '~/model/schemas.ts';

export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** One figure, with names already resolved: plain props for the component. */
export interface FigureView {
  value: number;
  qualifier?: FigureQualifier | undefined;
  /** What the number counts. */
  counts: string;
  /** Who gave it: "the Russian Defence Ministry", "Peter Ford". */
  givenBy: string;
  /** A partial ISO date, as the content gives it. */
  date: string;
  /** Where it is reported: the publisher, or "this article" for the article's own figures. */
  reportedBy: string;
  /** The source's address, when there is one. */
  href?: string | undefined;
}

/** How a qualifier is drawn at the end of the bar. */
export type BarEnd = 'open' | 'capped' | 'approximate' | 'exact';

export interface FigureBar {
  figure: FigureView;
  /** "more than 5,000". */
  valueText: string;
  /** "the Russian Defence Ministry, 12 December 2016 (freenews-en.tk)". */
  label: string;
  y: number;
  width: number;
  end: BarEnd;
}

export interface FigureChartModel {
  width: number;
  height: number;
  /** Where bars start, in user units. */
  x0: number;
  /** The longest bar, for the largest value. */
  barSpan: number;
  bars: FigureBar[];
  /** The value the scale ends at. */
  max: number;
}

const ROW = 58;
const BAR = 14;

export const valueText = (figure: Pick<FigureView, 'value' | 'qualifier'>): string =>
  `${figure.qualifier ? `${figure.qualifier} ` : ''}${figure.value.toLocaleString('en-GB')}`;

export const barEnd = (qualifier: FigureQualifier | undefined): BarEnd =>
  qualifier === 'more than' || qualifier === 'at least'
    ? 'open'
    : qualifier === 'up to' || qualifier === 'fewer than'
      ? 'capped'
      : qualifier === 'about'
        ? 'approximate'
        : 'exact';

/**
 * Lays the figures out in the order given (the content's order), each bar's
 * width proportional to its value on a scale from zero to the largest value.
 */
export function figureChart(figures: readonly FigureView[], width = 640): FigureChartModel {
  const x0 = 8;
  // Room after the longest bar for its arrow and a value such as "more than 50,000".
  const barSpan = width - x0 - 150;
  const max = Math.max(1, ...figures.map((f) => f.value));
  const bars = figures.map((figure, i) => ({
    figure,
    valueText: valueText(figure),
    label: `${figure.givenBy}, ${formatPartialDate(figure.date)} (${figure.reportedBy})`,
    y: i * ROW,
    width: Math.max(1, Math.round((figure.value / max) * barSpan)),
    end: barEnd(figure.qualifier),
  }));
  return { width, height: Math.max(ROW, figures.length * ROW), x0, barSpan, bars, max };
}

/** Where text and bar sit within a row. */
export const ROW_LAYOUT = { row: ROW, bar: BAR, labelBaseline: 13, countsBaseline: 28, barTop: 35 } as const;
