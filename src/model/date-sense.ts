/**
 * Dates that make sense together, beyond each being a real calendar day in
 * the past (`dates.ts`): a page is read on or after the day it was published,
 * a year lies within the range the edition's records can have (a typo such
 * as 0216 for 2016 is refused), and a correction comes after the article it
 * corrects. Dates are compared by the span each may mean (2016-12 is any day
 * of December 2016), so a partial date is never refused for what it leaves
 * open. Pure: `content-check.ts` runs it for the check and the build alike.
 */
import type { LoadedEntry, Problem } from './content-files.ts';
import { parsePartialDate } from './dates.ts';

/** The earliest year any dated record of this edition may carry: the modern web for sources, 1900 for the rest. */
export const EARLIEST_YEAR = { sources: 1990, other: 1900 } as const;

type Span = { first: string; last: string; iso: string; year: number };

/** The first and last day a partial date may mean, or undefined when it is not one. */
function spanOf(value: unknown): Span | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  const parsed = parsePartialDate(text);
  if (typeof parsed === 'string') return undefined; // the schema reports it
  const month = parsed.month ?? 1;
  const lastMonth = parsed.month ?? 12;
  const lastDay = parsed.day ?? new Date(Date.UTC(parsed.year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    iso: text,
    year: parsed.year,
    first: `${String(parsed.year).padStart(4, '0')}-${pad(month)}-${pad(parsed.day ?? 1)}`,
    last: `${String(parsed.year).padStart(4, '0')}-${pad(lastMonth)}-${pad(lastDay)}`,
  };
}

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Every date field of every collection, judged together; `published` is each article's date. */
export function dateSenseProblems(
  collections: ReadonlyMap<string, { entries: LoadedEntry[] }>,
  articleDates: unknown[],
): Problem[] {
  const problems: Problem[] = [];
  const articles = articleDates.map(spanOf).filter((s): s is Span => s !== undefined);
  const earliestArticle = articles.map((a) => a.first).sort()[0];
  const yearProblem = (entry: LoadedEntry, path: (string | number)[], span: Span, earliest: number) => {
    if (span.year >= earliest) return;
    problems.push({
      file: entry.file,
      line: entry.yaml.lineOf(path),
      field: path.join('.').replace(/\.(\d+)/g, '[$1]'),
      message: `"${span.iso}" is in the year ${span.year}, before ${earliest}, earlier than any record this edition can cite`,
      fix: 'check the year against the source (a digit dropped or swapped?)',
    });
  };
  for (const [collection, { entries }] of collections) {
    for (const entry of entries) {
      const data = record(entry.raw);
      if (collection === 'sources') {
        const published = spanOf(data['published']);
        const retrieved = spanOf(data['retrieved']);
        if (published) yearProblem(entry, ['published'], published, EARLIEST_YEAR.sources);
        if (retrieved) yearProblem(entry, ['retrieved'], retrieved, EARLIEST_YEAR.sources);
        if (published && retrieved && retrieved.last < published.first) {
          problems.push({
            file: entry.file,
            line: entry.yaml.lineOf(['retrieved']),
            field: 'retrieved',
            message: `"${retrieved.iso}" is before the page was published ("${published.iso}"): a page cannot be read before it exists`,
            fix: 'write the day you read the page, or correct published to the date the page gives',
          });
        }
      } else if (collection === 'events') {
        const date = spanOf((typeof data['date'] === 'string' ? data['date'] : '').split('/')[0]);
        if (date) yearProblem(entry, ['date'], date, EARLIEST_YEAR.other);
      } else if (collection === 'claims') {
        const corrections = Array.isArray(data['corrections']) ? data['corrections'] : [];
        corrections.forEach((correction, i) => {
          const date = spanOf(record(correction)['date']);
          if (!date || earliestArticle === undefined || date.first > earliestArticle) return;
          problems.push({
            file: entry.file,
            line: entry.yaml.lineOf(['corrections', i, 'date']),
            field: `corrections[${i}].date`,
            message: `"${date.iso}" is not after the article's publication (${earliestArticle}): a note cannot be corrected before it could be written`,
            fix: 'write the day the correction was published, as YYYY-MM-DD',
          });
        });
        const figures = Array.isArray(data['figures']) ? data['figures'] : [];
        figures.forEach((figure, i) => {
          const date = spanOf(record(figure)['date']);
          if (date) yearProblem(entry, ['figures', i, 'date'], date, EARLIEST_YEAR.other);
        });
      }
    }
  }
  return problems;
}
