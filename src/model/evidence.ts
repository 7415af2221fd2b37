/**
 * Evidence as data (issues 13 and 23): whose word each source carries, on
 * which side, and what could be known on the article's day.
 *
 * A source may relay parties (`relays`: whose statement or report it
 * carries) and may be a copy or report of other sources in the collection
 * or of news agencies' wire stories (`basedOn`: one or more source ids or
 * WIRE_AGENCIES, as a single value or a list). Its chain follows every
 * `basedOn` to its ends; its origins are the parties relayed anywhere along
 * it, or, where nobody is relayed, every agency and every last source it ends
 * at (an agency, or a last source's publisher, then speaks for itself). So two
 * copies of one AFP story under different publishers have one origin, AFP; a
 * report drawing on AFP and Reuters has those two; and a copy never counts as
 * a second origin.
 *
 * A party belongs to a side (`side`: the party that heads it, such as the
 * Russian government for its Defence Ministry); a party without one is its
 * own side. The rule for `supported` counts sides, not parties: one
 * government's organs speak with one voice; and it counts only the sources
 * a claim cites as backing it (issue 31): a source cited for context, for
 * what happened later or as disputing the claim lends it no support.
 *
 * Pure functions, shared by the build and `npm run check`.
 */
import { parseDateRange, parsePartialDate } from './dates.ts';
import { nameSkeleton } from './source-identity.ts';

/** The news agencies whose wire stories sources reprint, by the id `basedOn` gives them. */
export const WIRE_AGENCIES = {
  afp: 'AFP',
  ap: 'AP',
  reuters: 'Reuters',
  'ria-novosti': 'RIA Novosti',
  tass: 'TASS',
  interfax: 'Interfax',
  pti: 'PTI',
} as const;
export type WireAgency = keyof typeof WIRE_AGENCIES;
export const WIRE_AGENCY_IDS = Object.keys(WIRE_AGENCIES) as [WireAgency, ...WireAgency[]];
export const isWireAgency = (id: string): id is WireAgency => Object.hasOwn(WIRE_AGENCIES, id);

/**
 * The side a state news agency's own words count on: the id of the party
 * heading it (in content/parties/). TASS and RIA Novosti are Russian state
 * agencies; the others are not organs of a side in this conflict.
 */
export const WIRE_AGENCY_SIDES: Partial<Record<WireAgency, string>> = {
  tass: 'russian-government',
  'ria-novosti': 'russian-government',
};

/** `basedOn` as a list of ids (sources' and wire agencies'), whether written as one value or a list. */
export const basedOnIds = (basedOn: string | readonly string[] | undefined): readonly string[] =>
  basedOn === undefined ? [] : typeof basedOn === 'string' ? [basedOn] : basedOn;

export interface EvidenceSource {
  id: string;
  publisher: string;
  relays: readonly string[];
  /** Source ids in the collection and wire agencies' ids (WIRE_AGENCIES), in the order written. */
  basedOn?: readonly string[] | undefined;
  /**
   * The party heading the side its publisher belongs to, when that is an
   * organ of a side: a state news agency or broadcaster. Its own words, where
   * its chain ends at it, then count on that side. (An agency it reprints
   * counts on the side WIRE_AGENCY_SIDES gives it.)
   */
  publisherSide?: string | undefined;
}

export interface EvidenceParty {
  id: string;
  name: string;
  partyToConflict: boolean;
  /** The party that heads its side (one government or coalition and its organs); none: its own side. */
  side?: string | undefined;
}

/**
 * Where a chain ends: a relayed party, or a publisher (or wire agency)
 * speaking for itself, on a side when it is a state organ (`publisherSide`).
 */
export type Origin = { kind: 'party'; id: string } | { kind: 'publisher'; name: string; side?: string | undefined };

export interface SourceChain {
  /** The source ids from the source itself along every `basedOn`, each once, depth first in the order written. */
  sources: string[];
  /** The wire agencies the chain ends at, each once, in the order met. */
  agencies: WireAgency[];
  origins: Origin[];
  /** Set when the chain cannot be followed: an unknown id or a loop. */
  problem?: string | undefined;
}

export const originKey = (origin: Origin): string =>
  origin.kind === 'party' ? `party:${origin.id}` : `publisher:${nameSkeleton(origin.name)}`;

/** The id of the party that heads a party's side (itself when it names none). */
export const sideOf = (partyId: string, parties: ReadonlyMap<string, EvidenceParty>): string =>
  parties.get(partyId)?.side ?? partyId;

/** Origins on one side share this key: a party's side, or the publisher itself. */
export const sideKey = (origin: Origin, parties: ReadonlyMap<string, EvidenceParty>): string =>
  origin.kind === 'party'
    ? `side:${sideOf(origin.id, parties)}`
    : origin.side !== undefined
      ? `side:${sideOf(origin.side, parties)}`
      : originKey(origin);

/** Follows a source's `basedOn` links, every one of them, and collects its origins. */
export function sourceChain(id: string, sources: ReadonlyMap<string, EvidenceSource>): SourceChain {
  const chain: string[] = [];
  const agencies: WireAgency[] = [];
  const relayed: string[] = [];
  /** Where a branch ends at a source speaking for itself. */
  const ends: EvidenceSource[] = [];
  let problem: string | undefined;
  const visit = (current: string, path: readonly string[]): void => {
    if (problem !== undefined) return;
    if (path.includes(current)) {
      problem = `basedOn goes round in a loop: ${[...path, current].join(' → ')}`;
      return;
    }
    const source = sources.get(current);
    if (!source) {
      if (path.length > 0 && isWireAgency(current)) {
        if (!agencies.includes(current)) agencies.push(current);
      } else {
        problem = `"${current}" is not an id in content/sources/ nor a news agency (${WIRE_AGENCY_IDS.join(', ')})`;
      }
      return;
    }
    if (chain.includes(current)) return; // reached again by another branch: counted once
    chain.push(current);
    for (const party of source.relays) if (!relayed.includes(party)) relayed.push(party);
    const next = source.basedOn ?? [];
    if (next.length === 0) ends.push(source);
    for (const basedOn of next) visit(basedOn, [...path, current]);
  };
  visit(id, []);
  const speaking: Origin[] = [
    ...agencies.map((agency): Origin => {
      const side = WIRE_AGENCY_SIDES[agency];
      return { kind: 'publisher', name: WIRE_AGENCIES[agency], ...(side ? { side } : {}) };
    }),
    ...ends.map((end): Origin => ({
      kind: 'publisher',
      name: end.publisher,
      ...(end.publisherSide ? { side: end.publisherSide } : {}),
    })),
  ];
  const seen = new Set<string>();
  const origins: Origin[] = (
    relayed.length > 0 ? relayed.map((party): Origin => ({ kind: 'party', id: party })) : speaking
  ).filter((origin) => !seen.has(originKey(origin)) && Boolean(seen.add(originKey(origin))));
  return { sources: chain, agencies, origins, problem };
}

/** True when the origin is a party to the conflict; publishers and unknown ids are not. */
export function isPartyToConflict(origin: Origin, parties: ReadonlyMap<string, EvidenceParty>): boolean {
  return origin.kind === 'party' && parties.get(origin.id)?.partyToConflict === true;
}

export const originLabel = (origin: Origin, parties: ReadonlyMap<string, EvidenceParty>): string =>
  origin.kind === 'party' ? (parties.get(origin.id)?.name ?? origin.id) : origin.name;

/** One side among a claim's origins: its key, a label ("the Russian government"), and its origins. */
export interface SideOfOrigins {
  key: string;
  label: string;
  origins: Origin[];
}

/**
 * The origins of a group of sources (a claim's), each counted once, grouped
 * by side in the order first met. Sources whose chain cannot be followed
 * count for nothing (the check reports them on the source).
 */
export function originsBySide(
  sourceIds: readonly string[],
  sources: ReadonlyMap<string, EvidenceSource>,
  parties: ReadonlyMap<string, EvidenceParty>,
): SideOfOrigins[] {
  const sides = new Map<string, SideOfOrigins>();
  const seen = new Set<string>();
  for (const id of sourceIds) {
    const chain = sourceChain(id, sources);
    if (chain.problem) continue;
    for (const origin of chain.origins) {
      if (seen.has(originKey(origin))) continue;
      seen.add(originKey(origin));
      const key = sideKey(origin, parties);
      let side = sides.get(key);
      if (!side) {
        const head = key.startsWith('side:') ? key.slice('side:'.length) : undefined;
        const label = head !== undefined ? (parties.get(head)?.name ?? head) : (origin as { name: string }).name;
        side = { key, label, origins: [] };
        sides.set(key, side);
      }
      side.origins.push(origin);
    }
  }
  return [...sides.values()];
}

/**
 * Whether a group of sources has independent origins: on at least two
 * sides, and not all of them parties to the conflict.
 */
export function hasIndependentOrigins(
  sourceIds: readonly string[],
  sources: ReadonlyMap<string, EvidenceSource>,
  parties: ReadonlyMap<string, EvidenceParty>,
): boolean {
  const sides = originsBySide(sourceIds, sources, parties);
  if (sides.length < 2) return false;
  return !sides.every((side) => side.origins.every((origin) => isPartyToConflict(origin, parties)));
}

/** A claim's citation as the rules read it: the source's id and what it does for the claim. */
export interface CitationOfSource {
  source: string;
  role?: string | undefined;
}

/**
 * The sources that back a claim (role `backs`), each once, in the order
 * cited: the only ones the rule for `supported` and the one-side notice count.
 * A source cited for context or for what happened later says nothing for the
 * claim, so it cannot make its evidence independent.
 */
export const backingSourceIds = (citations: readonly CitationOfSource[]): string[] => [
  ...new Set(citations.filter((c) => c.role === 'backs').map((c) => c.source)),
];

/**
 * The rule for `supported`: origins on at least two sides, not all of them
 * parties to the conflict, counted through `relays` and `basedOn`, among the
 * citations that back the claim (`backingSourceIds`). Returns a
 * sentence saying what is wrong and how to fix it, or undefined.
 */
export function supportedStatusProblem(
  claim: { status: string; sources: readonly CitationOfSource[] },
  sources: ReadonlyMap<string, EvidenceSource>,
  parties: ReadonlyMap<string, EvidenceParty>,
): string | undefined {
  if (claim.status !== 'supported') return undefined;
  const backing = backingSourceIds(claim.sources);
  if (hasIndependentOrigins(backing, sources, parties)) return undefined;
  const others = claim.sources.filter((c) => c.role !== undefined && c.role !== 'backs').length;
  const sides = originsBySide(backing, sources, parties).map((side) => {
    const names = side.origins.map((origin) => originLabel(origin, parties));
    const conflict = side.origins.every((origin) => isPartyToConflict(origin, parties))
      ? ', a party to the conflict'
      : '';
    return names.length === 1 && names[0] === side.label
      ? `${side.label}${conflict}`
      : `${side.label}'s side (${names.join(', ')})${conflict}`;
  });
  return (
    `"supported" needs independent origins on at least two sides, not all of them parties to the conflict ` +
    `(copies and wire reprints count as their origin; only citations with role: backs count` +
    `${others > 0 ? `, not the ${others} disputing, context or later one${others === 1 ? '' : 's'}` : ''}); ` +
    `the backing sources trace only to ${sides.join('; ') || 'nothing'}. ` +
    `Cite a source that backs the claim with word from another side (with its relays/basedOn), or change the status to partly-supported or unverified`
  );
}

/** The first and last day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) or a range of days can mean, as YYYY-MM-DD. */
export function dateSpan(value: string): { first: string; last: string } | undefined {
  const range = parseDateRange(value, new Date(8.64e15));
  if (range !== undefined) return typeof range === 'string' ? undefined : range;
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
  /**
   * Dated to a range of days that includes the day (a source placed only on
   * "12 or 13 December"): it may have come out on the day or after it.
   */
  maybeAfter: T[];
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
  const split: DaySplit<T> = { known: [], later: [], maybeAfter: [], undated: [] };
  const sorted = items
    .map((item, index) => ({ item, index, span: dateSpan(dateOf(item)), range: dateOf(item).includes('/') }))
    .sort((a, b) => {
      // Undated last; then by the first day each date can mean; ties keep their order.
      const x = a.span?.first ?? '\uffff';
      const y = b.span?.first ?? '\uffff';
      return x < y ? -1 : x > y ? 1 : a.index - b.index;
    });
  for (const { item, span, range } of sorted) {
    if (!span) split.undated.push(item);
    else if (span.last <= reference.first) split.known.push(item);
    else if (span.first > reference.last) split.later.push(item);
    else if (range) split.maybeAfter.push(item);
    else split.undated.push(item);
  }
  return split;
}

/** The side a claim rests on: the party heading it and the parties of that side its sources relay. */
export interface OneSide {
  side: EvidenceParty;
  parties: EvidenceParty[];
}

/**
 * The one side every source of a claim traces to, when all its origins are
 * parties of one side (one government or coalition and its organs): the
 * claim then rests on that side's word. Undefined otherwise.
 */
export function restsOnOneSide(
  sourceIds: readonly string[],
  sources: ReadonlyMap<string, EvidenceSource>,
  parties: ReadonlyMap<string, EvidenceParty>,
): OneSide | undefined {
  const sides = originsBySide(sourceIds, sources, parties);
  if (sides.length !== 1 || !sides[0]!.key.startsWith('side:')) return undefined;
  const head = parties.get(sides[0]!.key.slice('side:'.length));
  if (!head) return undefined;
  const members = sides[0]!.origins.flatMap((origin) => {
    const party = origin.kind === 'party' ? parties.get(origin.id) : undefined;
    return party ? [party] : [];
  });
  return { side: head, parties: members };
}
