/**
 * Corrections are append-only and for meaning (issues 31 and 33): compared
 * with the claims as published on main, an entry already published may not be
 * removed or rewritten, and a change to what a claim's note says (its status,
 * bottom line or explanation) needs a new `corrections:` entry, since readers
 * learn of a change only from it. Pure: `npm run check` (tools/check/check.ts)
 * reads the claims at the base with git and hands both sides here.
 */
import type { YamlText } from './content-files.ts';

/** The fields whose change is a change of meaning, so needs a new entry. */
export const MEANING_FIELDS = ['status', 'bottomLine', 'explanation'] as const;

export interface ClaimSide {
  file: string;
  data: Record<string, unknown>;
  yaml?: YamlText | undefined;
}

export interface CorrectionProblem {
  file: string;
  line?: number | undefined;
  field: string;
  message: string;
  fix: string;
}

const entries = (data: Record<string, unknown>): Record<string, unknown>[] =>
  Array.isArray(data['corrections']) ? (data['corrections'] as Record<string, unknown>[]) : [];
/** An entry as readers read it: `kind` defaults to correction. */
const entryKey = (entry: Record<string, unknown>) =>
  JSON.stringify({
    date: entry['date'] instanceof Date ? entry['date'].toISOString().slice(0, 10) : entry['date'],
    what: entry['what'],
    why: entry['why'],
    kind: entry['kind'] ?? 'correction',
  });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The problems of each claim now, against the same claim at the base (by id). */
export function correctionRuleProblems(
  before: ReadonlyMap<string, ClaimSide>,
  after: ReadonlyMap<string, ClaimSide>,
  baseLabel: string,
): CorrectionProblem[] {
  const problems: CorrectionProblem[] = [];
  // A claim deleted or renamed takes its published corrections with it.
  for (const [id, then] of before) {
    const count = entries(then.data).length;
    if (after.has(id) || count === 0) continue;
    problems.push({
      file: then.file,
      field: 'corrections',
      message: `this claim, gone since ${baseLabel}, had ${count} published correction${count === 1 ? '' : 's'}; published corrections are append-only, so the claim cannot be deleted or renamed`,
      fix: `restore ${then.file}; to withdraw the note, change its status and add a correction saying why`,
    });
  }
  for (const [id, now] of after) {
    const then = before.get(id);
    if (then === undefined) continue;
    const [published, current] = [entries(then.data), entries(now.data)];
    const line = (path: (string | number)[]) => now.yaml?.lineOf(path);
    published.forEach((entry, i) => {
      const kept = current[i];
      if (kept !== undefined && entryKey(kept) === entryKey(entry)) return;
      problems.push({
        file: now.file,
        line: kept === undefined ? line(['corrections']) : line(['corrections', i]),
        field: `corrections[${i}]`,
        message:
          kept === undefined
            ? `the correction of ${String(entry['date'])} published on ${baseLabel} was removed: published corrections are append-only`
            : `the correction of ${String(entry['date'])} published on ${baseLabel} was rewritten: published corrections are append-only`,
        fix: 'restore the entry as published, and add a new entry (kind: clarification where it only clarifies) below it',
      });
    });
    // A new status is a correction: an entry that calls itself a clarification says the meaning did not change.
    const added = current.slice(published.length);
    if (
      !same(then.data['status'], now.data['status']) &&
      added.length > 0 &&
      added.every((entry) => entry['kind'] === 'clarification')
    ) {
      problems.push({
        file: now.file,
        line: line(['status']),
        field: 'status',
        message: `changed from ${String(then.data['status'])} to ${String(now.data['status'])} since ${baseLabel} with only a clarification: a new status changes what the note says`,
        fix: 'make the new entry a correction (remove kind: clarification, or write kind: correction)',
      });
    }
    const changed = MEANING_FIELDS.filter((field) => !same(then.data[field], now.data[field]));
    if (changed.length > 0 && current.length <= published.length) {
      problems.push({
        file: now.file,
        line: line([changed[0]!]),
        field: changed[0]!,
        message: `${changed.join(', ')} changed since ${baseLabel} without a new corrections: entry; readers learn of a change only from it`,
        fix: 'add a corrections: entry (date, what changed, why, in readers’ words; kind: clarification where the meaning is unchanged)',
      });
    }
  }
  return problems;
}
