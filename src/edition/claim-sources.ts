/**
 * A claim page's sources, each listed once and numbered, grouped by the
 * origin whose word they carry, and the counts its verdict box gives
 * (sources, origins, how many of those are parties to the conflict). The
 * origins are those of `sourceChainView` (src/edition/evidence.ts, on the
 * rules of src/model/evidence.ts): this module only groups and counts them.
 */
import { listText } from '~/model/list-text.ts';
import { CITATION_ROLE_LABELS, type CitationRole } from '~/model/schemas.ts';
import { passageUrl } from '~/site/text-fragment.ts';
import type { ChainOrigin, SourceChainView } from './source-chain.ts';

/** A passage the note relies on, as its source's entry shows it. */
export interface PassageView {
  role: CitationRole;
  /** The role in readers' words: "Backs the claim". */
  roleLabel: string;
  /** Verbatim, in the source's language. */
  passage: string;
  /** In English, where the source is not. */
  translation?: string | undefined;
  /** The source's address with a text fragment to the passage's words (src/site/text-fragment.ts). */
  href: string;
}

/** One citation of a claim, by source id, as the claim file gives it. */
export interface CitationFacts {
  source: string;
  role: CitationRole;
  passage: string;
  translation?: string | undefined;
}

export interface NumberedSource {
  /** 1-based, in the order of the page's list. */
  number: number;
  id: string;
  /** The page's own headline, shortened at a word to about 90 characters. */
  shortTitle: string;
  title: string;
  publisher: string;
  published: string;
  href: string;
  /** BCP 47, where not English. */
  language?: string | undefined;
  /** The sources this one copies or reports (basedOn), by publisher, and their number here when listed. */
  basedOn: { publisher: string; number?: number | undefined }[];
  /** Where the page could be read only in part: which part was read. */
  readInPart?: string | undefined;
  /** The passages the note relies on, in the order the claim cites them. */
  passages: PassageView[];
}

export interface OriginGroup {
  /** "the Russian Defence Ministry", "TASS, in its own words", "the Russian Defence Ministry and the Syrian army". */
  label: string;
  origins: ChainOrigin[];
  sources: NumberedSource[];
}

export interface ClaimSourcesView {
  groups: OriginGroup[];
  /** Every source by id, with its number. */
  byId: Map<string, NumberedSource>;
  counts: { sources: number; origins: number; partiesToConflict: number };
}

export interface SourceFacts {
  id: string;
  title: string;
  publisher: string;
  published: string;
  url: string;
  language: string;
  readInPart?: string | undefined;
}

const SHORT = 90;

/** A headline cut at a word boundary to about `max` characters, with an ellipsis when cut. */
export function shortTitle(title: string, max = SHORT): string {
  const text = title.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The sources of one claim, in the claim's order, grouped by origin and
 * numbered group by group; each with the passages the claim cites from it.
 */
export function claimSourcesView(
  sources: readonly SourceFacts[],
  chainOf: (id: string) => SourceChainView,
  citations: readonly CitationFacts[] = [],
): ClaimSourcesView {
  const groups = new Map<string, { origins: ChainOrigin[]; items: { facts: SourceFacts; chain: SourceChainView }[] }>();
  for (const facts of sources) {
    const chain = chainOf(facts.id);
    const key = chain.origins
      .map((o) => o.key)
      .sort()
      .join('+');
    const group = groups.get(key) ?? { origins: chain.origins, items: [] };
    group.items.push({ facts, chain });
    groups.set(key, group);
  }
  const byId = new Map<string, NumberedSource>();
  let number = 0;
  const ordered = [...groups.values()].map((group) => ({
    group,
    numbered: group.items.map(({ facts, chain }) => {
      const source: NumberedSource = {
        number: ++number,
        id: facts.id,
        shortTitle: shortTitle(facts.title),
        title: facts.title,
        publisher: facts.publisher,
        published: facts.published,
        href: facts.url,
        language: facts.language === 'en' ? undefined : facts.language,
        basedOn: [],
        readInPart: facts.readInPart,
        passages: citations
          .filter((c) => c.source === facts.id)
          .map((c) => ({
            role: c.role,
            roleLabel: CITATION_ROLE_LABELS[c.role],
            passage: c.passage,
            translation: c.translation,
            href: passageUrl(facts.url, c.passage),
          })),
      };
      byId.set(facts.id, source);
      return { source, chain };
    }),
  }));
  // A copied source's number, where the claim lists it too.
  for (const { numbered } of ordered) {
    for (const { source, chain } of numbered) {
      source.basedOn = chain.basedOn.map((link) => ({
        publisher: link.publisher,
        number: byId.get(link.id)?.number,
      }));
    }
  }
  const originsSeen = new Map<string, ChainOrigin>();
  for (const { group } of ordered) for (const origin of group.origins) originsSeen.set(origin.key, origin);
  return {
    groups: ordered.map(({ group, numbered }) => ({
      label:
        group.origins.length === 1 && group.origins[0]!.kind === 'publisher'
          ? `${group.origins[0]!.name}, in its own words`
          : listText(group.origins.map((o) => o.name)),
      origins: group.origins,
      sources: numbered.map(({ source }) => source),
    })),
    byId,
    counts: {
      sources: sources.length,
      origins: originsSeen.size,
      partiesToConflict: [...originsSeen.values()].filter((o) => o.partyToConflict).length,
    },
  };
}
