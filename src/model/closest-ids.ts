/**
 * "Did you mean": the existing ids closest to an unknown one, so that a
 * misspelt reference is answered with the id the editor meant rather than
 * advice to create a file of the misspelt name. Edit distance by
 * `fastest-levenshtein`; an id that differs only by where its hyphens fall
 * ("peterf-ord", "peter-ford") counts as one edit.
 */
import { distance } from 'fastest-levenshtein';

/** Up to `limit` ids within a small edit distance of `unknown`, the closest first (then alphabetically). */
export function closestIds(unknown: string, ids: Iterable<string>, limit = 3): string[] {
  const plain = (id: string) => id.replace(/-/g, '');
  const target = plain(unknown);
  // About one edit in four characters, at least two: "peterf-ord" finds "peter-ford", "x" finds nothing far off.
  const allowed = Math.max(2, Math.floor(unknown.length / 4));
  const scored: { id: string; score: number }[] = [];
  for (const id of ids) {
    const score = Math.min(distance(unknown, id), distance(target, plain(id)) + (target === plain(id) ? 1 : 0));
    // An id that starts or ends with the unknown one (a word left out) is close too.
    const contained = unknown.length >= 4 && (id.startsWith(unknown) || id.endsWith(unknown));
    if (score <= allowed || contained) scored.push({ id, score: contained ? Math.min(score, allowed) : score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ id }) => id);
}

/** "did you mean a?" / "did you mean a, b or c?", or undefined when nothing is close. */
export function didYouMean(unknown: string, ids: Iterable<string>): string | undefined {
  const close = closestIds(unknown, ids);
  if (close.length === 0) return undefined;
  const list = close.length === 1 ? close[0]! : `${close.slice(0, -1).join(', ')} or ${close.at(-1)!}`;
  return `did you mean ${list}?`;
}
