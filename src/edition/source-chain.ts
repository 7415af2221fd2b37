/**
 * A source's chain as plain props for SourceChain.astro, and the sentence
 * that says it ("TASS, relaying the Russian Defence Ministry"). Pure: the
 * edition-bound helper that builds the view is in evidence.ts.
 */
import { listText } from '~/model/list-text.ts';
export interface ChainLink {
  id: string;
  title: string;
  publisher: string;
  href: string;
}

export interface ChainOrigin {
  /** The origin's identity in the evidence model (`originKey`): what groups and counts origins. */
  key: string;
  /** "the Russian Defence Ministry", or a publisher speaking for itself. */
  name: string;
  kind: 'party' | 'publisher';
  partyToConflict: boolean;
}

/** A source, the sources it copies (basedOn, every branch) in order, the agencies it ends at, and whose word it carries. */
export interface SourceChainView {
  source: ChainLink;
  basedOn: ChainLink[];
  /** The wire agencies the chain reprints ("AFP", "Reuters"), each once. */
  agencies: string[];
  origins: ChainOrigin[];
}

/**
 * "TASS, relaying the Russian Defence Ministry"; "RT, based on TASS, relaying
 * the Russian Defence Ministry"; "Rappler, based on AFP, in its own words"; "China
 * Daily, in its own words".
 */
export function chainSentence(view: SourceChainView): string {
  const parts = [view.source.publisher];
  if (view.basedOn.length > 0) parts.push(`based on ${view.basedOn.map((l) => l.publisher).join(', based on ')}`);
  if (view.agencies.length > 0) parts.push(`based on ${listText(view.agencies)}`);
  const parties = view.origins.filter((o) => o.kind === 'party').map((o) => o.name);
  parts.push(parties.length > 0 ? `relaying ${listText(parties)}` : 'in its own words');
  return parts.join(', ');
}
