/**
 * Parses a raw scrape of an RT op-edge page into structured article data.
 *
 * It takes one layout, RT's article page saved as plain text (LAYOUT), and
 * says so, with the line, when a scrape has another: a page in another
 * layout needs the cleaner taught it; the scrape, the provenance record, is
 * never edited to fit.
 *
 * The cleaner never rewrites a word: every block's `text` is a line of the
 * scrape exactly as it stands (only the line ending is removed). What it
 * cannot recognise is an error naming the line, never a silent guess.
 */

export type ArticleBlock =
  | { kind: 'standfirst'; line: number; text: string }
  | { kind: 'paragraph'; line: number; text: string }
  | { kind: 'related'; line: number; text: string; label: string; title: string }
  | { kind: 'turn'; line: number; text: string; label: string; body: string }
  | { kind: 'statement'; line: number; text: string; attribution: string; quote: string }
  | { kind: 'disclaimer'; line: number; text: string };

export interface CleanedArticle {
  headline: string;
  /** The dateline exactly as the source gives it, e.g. "12 Dec, 2016 16:32". */
  dateline: string;
  /** The dateline as ISO 8601 local date and time; the source names no time zone. */
  published: { date: string; time: string };
  /** From the standfirst to the closing disclaimer, one block per paragraph. */
  blocks: ArticleBlock[];
  /** What was removed, with line numbers, for the record. */
  removed: { line: number; text: string; why: string }[];
}

export class CleanError extends Error {
  readonly line: number | undefined;
  readonly problem: string;
  readonly file: string | undefined;

  constructor(line: number | undefined, problem: string, file?: string) {
    const where = [file, line === undefined ? undefined : `line ${line}`].filter(Boolean).join(':');
    super(where ? `${where}: ${problem}` : problem);
    this.name = 'CleanError';
    this.line = line;
    this.problem = problem;
    this.file = file;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DATELINE = /^(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec), (\d{4}) (\d{2}):(\d{2})$/;
/** The icon sprite names RT's page chrome leaves at the top of a scrape. */
const ICON_TOKEN = /icon/g;
const MIN_ICON_TOKENS = 10;
/** Unicode spaces the page puts after labels, NO-BREAK SPACE among them. */
const SPACE = '[\\s\\u00a0]';
const RELATED = new RegExp(`^(READ MORE:)${SPACE}*(\\S.*)$`);
const STATEMENT = new RegExp(`^([^“”"]+?, told [A-Z][A-Za-z]*:)${SPACE}*(“[^]*”)$`);
/** One to three capitalised words and a colon: "RT:", "PF:", "Peter Ford:". */
const TURN = new RegExp(`^((?:[A-Z][A-Za-z.'’-]*)(?: [A-Z][A-Za-z.'’-]*){0,2}:)${SPACE}+(\\S.*)$`);
const DISCLAIMER =
  /^The statements, views and opinions expressed in this (?:column|article) are solely those of the author/;

/** The one layout the cleaner reads, in words, for its messages and CONTRIBUTING.md. */
export const LAYOUT =
  'the layout of an RT article page saved as plain text: an optional first line of icon names, the dateline (such as "12 Dec, 2016 16:32"), the headline (repeated or not), then one paragraph per line';

export function cleanArticle(raw: string, file?: string): CleanedArticle {
  const fail = (line: number | undefined, problem: string): never => {
    throw new CleanError(line, problem, file);
  };
  if (raw.trim() === '') fail(undefined, 'the scrape is empty');

  const lines = raw.split(/\r?\n/).map((text, index) => ({ line: index + 1, text }));
  const removed: CleanedArticle['removed'] = [];
  const content = lines.filter((l) => l.text.trim() !== '');

  let cursor = 0;
  const first = content[cursor]!;
  if ((first.text.match(ICON_TOKEN) ?? []).length >= MIN_ICON_TOKENS) {
    removed.push({ ...first, why: 'navigation: the page’s icon sprite names' });
    cursor += 1;
  }

  const datelineLine = content[cursor];
  const dateMatch = datelineLine ? DATELINE.exec(datelineLine.text) : null;
  if (!datelineLine || !dateMatch) {
    return fail(
      datelineLine?.line ?? lines.length,
      `expected the dateline, such as "12 Dec, 2016 16:32", but found ${describe(datelineLine?.text)}. The cleaner reads one layout, ${LAYOUT}; a page in another layout needs the cleaner taught that layout (src/article/cleaner.ts), never an edited scrape`,
    );
  }
  cursor += 1;
  const [, day, month, year, hour, minute] = dateMatch;
  const monthNumber = MONTHS.indexOf(month!) + 1;
  const date = `${year}-${String(monthNumber).padStart(2, '0')}-${day!.padStart(2, '0')}`;
  if (
    Number(day) > new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate() ||
    Number(hour) > 23 ||
    Number(minute) > 59
  ) {
    fail(datelineLine.line, `the dateline "${datelineLine.text}" is not a real date and time`);
  }

  const headlineLine = content[cursor];
  if (!headlineLine)
    return fail(datelineLine.line, 'expected the headline after the dateline, but the scrape ends there');
  cursor += 1;
  // The page repeats its headline (once in the header, once over the text).
  if (content[cursor]?.text === headlineLine.text) {
    removed.push({ ...content[cursor]!, why: 'the headline, repeated' });
    cursor += 1;
  }

  const body = content.slice(cursor);
  if (body.length === 0) fail(headlineLine.line, 'the scrape has a headline but no article text after it');

  const blocks = body.map((entry, index): ArticleBlock => {
    const { line, text } = entry;
    if (text !== text.trim()) {
      fail(
        line,
        'the paragraph starts or ends with spaces; the cleaner will not guess whether they belong to the text',
      );
    }
    if (index === 0) return { kind: 'standfirst', line, text };
    const related = RELATED.exec(text);
    if (related) return { kind: 'related', line, text, label: related[1]!, title: related[2]! };
    const statement = STATEMENT.exec(text);
    if (statement) return { kind: 'statement', line, text, attribution: statement[1]!, quote: statement[2]! };
    if (text.includes(' told ') && /^[^“”"]+, told [A-Z]/.test(text)) {
      fail(line, 'this looks like a quoted statement ("…, told RT: “…”") but its quotation marks are not balanced');
    }
    const turn = TURN.exec(text);
    if (turn) return { kind: 'turn', line, text, label: turn[1]!, body: turn[2]! };
    if (DISCLAIMER.test(text)) {
      if (index !== body.length - 1) fail(line, 'the closing disclaimer is followed by more text');
      return { kind: 'disclaimer', line, text };
    }
    return { kind: 'paragraph', line, text };
  });

  return {
    headline: headlineLine.text,
    dateline: datelineLine.text,
    published: { date, time: `${hour}:${minute}` },
    blocks,
    removed,
  };
}

function describe(text: string | undefined): string {
  if (text === undefined) return 'the end of the scrape';
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}
