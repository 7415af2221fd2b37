/**
 * Evidence as data (issue 13): whose word each source carries, and what
 * could be known on the article's day.
 *
 * A source may relay parties (`relays`: whose statement or report it
 * carries) and may be a copy or report of another source in the collection
 * (`basedOn`). Its chain follows `basedOn` to the end; its origins are the
 * parties relayed along the way, or, where nobody is relayed, the publisher
 * of the last source in the chain, which then speaks for itself.
 *
 * Pure functions, shared by the build and `npm run check`.
 */
import { parsePartialDate } from './dates.ts';

export interface EvidenceSource {
  id: string;
  publisher: string;
  relays: readonly string[];
  basedOn?: string | undefined;
}

export interface EvidenceParty {
  id: string;
  name: string;
  partyToConflict: boolean;
}

/** Where a chain ends: a relayed party, or a publisher speaking for itself. */
export type Origin = { kind: 'party'; id: string } | { kind: 'publisher'; name: string };

export interface SourceChain {
  /** The source ids from the source itself along `basedOn`, in order. */
  sources: string[];
  origins: Origin[];
  /** Set when the chain cannot be followed: an unknown id or a loop. */
  problem?: string | undefined;
}

export const originKey = (origin: Origin): string =>
  origin.kind === 'party' ? `party:${origin.id}` : `publisher:${origin.name.trim().toLowerCase()}`;

/** Follows a source's `basedOn` links and collects its origins. */
export function sourceChain(id: string, sources: ReadonlyMap<string, EvidenceSource>): SourceChain {
  const chain: string[] = [];
  const relayed: string[] = [];
  let current: string | undefined = id;
  let last: EvidenceSource | undefined;
  let problem: string | undefined;
  while (current !== undefined) {
    if (chain.includes(current)) {
      problem = `basedOn goes round in a loop: ${[...chain, current].join(' → ')}`;
      break;
    }
    const source = sources.get(current);
    if (!source) {
      problem = `"${current}" is not an id in content/sources/`;
      break;
    }
    chain.push(current);
    last = source;
    for (const party of source.relays) if (!relayed.includes(party)) relayed.push(party);
    current = source.basedOn;
  }
  const origins: Origin[] =
    relayed.length > 0
      ? relayed.map((party) => ({ kind: 'party', id: party }))
      : last
        ? [{ kind: 'publisher', name: last.publisher }]
        : [];
  return { sources: chain, origins, problem };
}

/** True when the origin is a party to the conflict; publishers and unknown ids are not. */
export function isPartyToConflict(origin: Origin, parties: ReadonlyMap<string, EvidenceParty>): boolean {
  return origin.kind === 'party' && parties.get(origin.id)?.partyToConflict === true;
}

/**
 * Two of the sources whose chains end at different origins (no origin in
 * common), not all of those origins parties to the conflict; or undefined
 * when there are none.
 */
export function independentPair(
  sourceIds: readonly string[],
  sources: ReadonlyMap<string, EvidenceSource>,
  parties: ReadonlyMap<string, EvidenceParty>,
): [string, string] | undefined {
  const chains = sourceIds.map((id) => ({ id, chain: sourceChain(id, sources) }));
  for (let i = 0; i < chains.length; i++) {
    for (let j = i + 1; j < chains.length; j++) {
      const a = chains[i]!;
      const b = chains[j]!;
      if (a.chain.problem || b.chain.problem || a.chain.origins.length === 0 || b.chain.origins.length === 0) continue;
      const keysA = new Set(a.chain.origins.map(originKey));
      if (b.chain.origins.some((origin) => keysA.has(originKey(origin)))) continue;
      const all = [...a.chain.origins, ...b.chain.origins];
      if (all.every((origin) => isPartyToConflict(origin, parties))) continue;
      return [a.id, b.id];
    }
  }
  return undefined;
}

export const originLabel = (origin: Origin, parties: ReadonlyMap<string, EvidenceParty>): string =>
  origin.kind === 'party' ? (parties.get(origin.id)?.name ?? origin.id) : origin.name;

/**
 * The rule for `supported`: at least two sources whose chains end at
 * different origins, not all of them parties to the conflict. Returns a
 * sentence saying what is wrong and how to fix it, or undefined.
 */
export function supportedStatusProblem(
  claim: { status: string; sources: readonly string[] },
  sources: ReadonlyMap<string, EvidenceSource>,
  parties: ReadonlyMap<string, EvidenceParty>,
): string | undefined {
  if (claim.status !== 'supported') return undefined;
  if (independentPair(claim.sources, sources, parties)) return undefined;
  const origins = new Map<string, string>();
  for (const id of claim.sources) {
    for (const origin of sourceChain(id, sources).origins) {
      origins.set(originKey(origin), originLabel(origin, parties));
    }
  }
  return (
    `"supported" needs at least two sources whose chains end at different origins, not all of them parties to ` +
    `the conflict; these sources trace only to ${[...origins.values()].join(', ') || 'nothing'}. ` +
    `Add an independent source (and its relays/basedOn), or change the status to partly-supported or unverified`
  );
}

/** The first and last day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can mean, as YYYY-MM-DD. */
export function dateSpan(value: string): { first: string; last: string } | undefined {
  const parsed = parsePartialDate(value, new Date(8.64e15));
  if (typeof parsed === 'string') return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = parsed.month;
  if (month === undefined) return { first: `${parsed.year}-01-01`, last: `${parsed.year}-12-31` };
  if (parsed.day !== undefined) return { first: parsed.iso, last: parsed.iso };
  const days = new Date(Date.UTC(parsed.year, month, 0)).getUTCDate();
  return { first: `${parsed.year}-${pad(month)}-01`, last: `${parsed.year}-${pad(month)}-${pad(days)}` };
}

export interface DaySplit<T> {
  /** Dated on or before the day: what could be known then. */
  known: T[];
  /** Dated after it: what happened next. */
  later: T[];
  /** Undated, or dated too loosely to tell (a month or year that spans the day). */
  undated: T[];
}

/**
 * Splits dated items (sources by `published`, events by `date`) into what
 * was available on `day` (the article's own publication date), what came
 * after, and what cannot be placed. Nothing is guessed: an item whose date
 * is "undated", or a month or year that includes the day, goes in `undated`.
 * Each group keeps the items in date order (stable for equal dates).
 */
export function splitByDay<T>(items: readonly T[], dateOf: (item: T) => string, day: string): DaySplit<T> {
  const reference = dateSpan(day);
  if (!reference) throw new Error(`"${day}" is not a date to split on`);
  const split: DaySplit<T> = { known: [], later: [], undated: [] };
  const sorted = items
    .map((item, index) => ({ item, index, span: dateSpan(dateOf(item)) }))
    .sort((a, b) => {
      // Undated last; then by the first day each date can mean; ties keep their order.
      const x = a.span?.first ?? '\uffff';
      const y = b.span?.first ?? '\uffff';
      return x < y ? -1 : x > y ? 1 : a.index - b.index;
    });
  for (const { item, span } of sorted) {
    if (!span) split.undated.push(item);
    else if (span.last <= reference.first) split.known.push(item);
    else if (span.first > reference.last) split.later.push(item);
    else split.undated.push(item);
  }
  return split;
}

/**
 * The one party every source of a claim traces to, when there is exactly
 * one origin across all of them and it is a party: the claim then rests on
 * that party's word. Undefined otherwise.
 */
export function restsOnOneParty(
  sourceIds: readonly string[],
  sources: ReadonlyMap<string, EvidenceSource>,
  parties: ReadonlyMap<string, EvidenceParty>,
): EvidenceParty | undefined {
  const keys = new Set<string>();
  let only: Origin | undefined;
  for (const id of sourceIds) {
    for (const origin of sourceChain(id, sources).origins) {
      keys.add(originKey(origin));
      only = origin;
    }
  }
  if (keys.size !== 1 || only?.kind !== 'party') return undefined;
  return parties.get(only.id);
}
