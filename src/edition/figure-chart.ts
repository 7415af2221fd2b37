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
  /** The bar's length in the bar's own units, 0 to `TRACK` (the largest value). */
  length: number;
  end: BarEnd;
}

export interface FigureChartModel {
  bars: FigureBar[];
  /** The value the scale ends at. */
  max: number;
}

/** The units of each bar's SVG: the longest bar ends at TRACK, leaving room for an arrowhead. */
export const TRACK = 960;
export const TRACK_WIDTH = 1000;

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
 * One bar per figure, in the order given (the content's order), each bar's
 * length proportional to its value on a scale from zero to the largest value.
 * Labels are HTML beside the bars, so they wrap and stay legible on a phone.
 */
export function figureChart(figures: readonly FigureView[]): FigureChartModel {
  const max = Math.max(1, ...figures.map((f) => f.value));
  const bars = figures.map((figure) => ({
    figure,
    valueText: valueText(figure),
    label: `${figure.givenBy}, ${formatPartialDate(figure.date)} (${figure.reportedBy})`,
    length: Math.max(2, Math.round((figure.value / max) * TRACK)),
    end: barEnd(figure.qualifier),
  }));
  return { bars, max };
}
