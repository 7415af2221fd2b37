/**
 * Corrections are append-only and for meaning. Compared with the same claim
 * file as published (the base, normally `main`), a pull request may add
 * correction entries but not remove or rewrite one already published; and
 * a change to what a claim means to a reader (its `status`, `bottomLine` or
 * `explanation`) needs a new entry: a new status needs one of kind
 * `correction`, a rewritten bottom line or explanation one of either kind.
 * Pure: the caller reads both versions (src/model/published.ts reads the
 * base from git); the same function serves `npm run check` and the build.
 */
import type { Problem } from './content-files.ts';

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const entries = (value: unknown): Record<string, unknown>[] =>
  (Array.isArray(record(value)['corrections']) ? (record(value)['corrections'] as unknown[]) : []).map(record);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const kindOf = (entry: Record<string, unknown>) => (entry['kind'] === 'clarification' ? 'clarification' : 'correction');

/**
 * The problems of one claim file against its published version. `lineOf` gives the line of a field path in the
 * current file; `deleted` is set when the file no longer exists.
 */
export function correctionProblems(
  file: string,
  published: unknown,
  current: unknown,
  lineOf: (path: (string | number)[]) => number | undefined = () => undefined,
  base = 'main',
): Problem[] {
  const problems: Problem[] = [];
  const before = entries(published);
  const after = entries(current);
  if (current === undefined) {
    if (before.length > 0) {
      problems.push({
        file,
        field: 'corrections',
        message: `this claim, deleted here, has ${before.length} correction${before.length === 1 ? '' : 's'} published on ${base}; a published correction is never removed`,
        fix: 'keep the claim file; to withdraw a note, change its status and add a correction saying why',
      });
    }
    return problems;
  }
  before.forEach((entry, i) => {
    const now = after[i];
    const field = `corrections[${i}]`;
    if (now === undefined) {
      problems.push({
        file,
        line: lineOf(['corrections']),
        field,
        message: `the correction of ${String(entry['date'])} published on ${base} was removed; published corrections are append-only`,
        fix: 'restore it as it was, and add any new entry after the last one',
      });
      return;
    }
    const changed = ['date', 'what', 'why', 'kind'].filter((key) =>
      key === 'kind' ? kindOf(entry) !== kindOf(now) : !same(entry[key], now[key]),
    );
    if (changed.length > 0) {
      problems.push({
        file,
        line: lineOf(['corrections', i, changed[0]!]),
        field: `${field}.${changed[0]}`,
        message: `rewrites the correction of ${String(entry['date'])} published on ${base} (${changed.join(', ')} changed); published corrections are append-only`,
        fix: 'restore the entry as published; to correct a correction, add a new entry after the last one',
      });
    }
  });
  const added = after.slice(before.length);
  const was = record(published);
  const is = record(current);
  if (!same(was['status'], is['status']) && !added.some((entry) => kindOf(entry) === 'correction')) {
    problems.push({
      file,
      line: lineOf(['status']),
      field: 'status',
      message: `changed from ${String(was['status'])} to ${String(is['status'])} since ${base} without a new correction`,
      fix: 'add an entry at the end of corrections: with date (today), what changed and why, in readers’ words (kind: correction)',
    });
  }
  for (const key of ['bottomLine', 'explanation']) {
    if (!same(was[key], is[key]) && added.length === 0) {
      problems.push({
        file,
        line: lineOf([key]),
        field: key,
        message: `changed since ${base} without a new entry in corrections`,
        fix: 'add an entry at the end of corrections: with date, what and why (kind: clarification when the meaning is unchanged)',
      });
    }
  }
  return problems;
}
