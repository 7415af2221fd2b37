/**
 * Plain props for the evidence components (SourceChain, FigureChart,
 * KnownOnTheDay) from the loaded edition, so that a page places a component
 * with one call: `<SourceChain chain={sourceChainView(edition, id)} />`.
 * The rules themselves live in src/model/evidence.ts.
 */
import {
  WIRE_AGENCIES,
  backingSourceIds,
  basedOnIds,
  originKey,
  restsOnOneSide,
  splitByDay,
  sourceChain,
  type DaySplit,
  type EvidenceParty,
  type EvidenceSource,
  type OneSide,
} from '~/model/evidence.ts';
import { UNDATED } from '~/model/schemas.ts';
import { eventPath } from '~/site/paths.ts';
import type { FigureView } from './figure-chart.ts';
import type { ChainLink, SourceChainView } from './source-chain.ts';
import { must, type Claim, type Edition } from './load.ts';

export const evidenceSources = (edition: Edition): Map<string, EvidenceSource> =>
  new Map(
    [...edition.sources.values()].map((s) => [
      s.id,
      {
        id: s.id,
        publisher: s.data.publisher,
        relays: s.data.relays,
        basedOn: basedOnIds(s.data.basedOn),
        publisherSide: s.data.publisherSide,
      },
    ]),
  );

export const evidenceParties = (edition: Edition): Map<string, EvidenceParty> =>
  new Map(
    [...edition.parties.values()].map((p) => [
      p.id,
      { id: p.id, name: p.data.name, partyToConflict: p.data.partyToConflict, side: p.data.side },
    ]),
  );

const link = (edition: Edition, id: string): ChainLink => {
  const source = must(edition.sources, id);
  return { id, title: source.data.title, publisher: source.data.publisher, href: source.data.url };
};

export function sourceChainView(edition: Edition, sourceId: string): SourceChainView {
  const chain = sourceChain(sourceId, evidenceSources(edition));
  const [first, ...rest] = chain.sources;
  return {
    source: link(edition, first ?? sourceId),
    basedOn: rest.map((id) => link(edition, id)),
    agencies: chain.agencies.map((agency) => WIRE_AGENCIES[agency]),
    origins: chain.origins.map((origin) => {
      const key = originKey(origin);
      if (origin.kind === 'publisher') return { key, name: origin.name, kind: 'publisher', partyToConflict: false };
      const party = must(edition.parties, origin.id);
      return { key, name: party.data.name, kind: 'party', partyToConflict: party.data.partyToConflict };
    }),
  };
}

/** A claim's figures with names resolved. */
export function figureViews(edition: Edition, claim: Claim): FigureView[] {
  return claim.data.figures.map((figure) => {
    const source = figure.source ? must(edition.sources, figure.source) : undefined;
    const givenBy = figure.givenBy
      ? (edition.parties.get(figure.givenBy)?.data.name ?? must(edition.speakers, figure.givenBy).data.name)
      : (source?.data.publisher ?? '');
    return {
      value: figure.value,
      qualifier: figure.qualifier,
      counts: figure.counts,
      givenBy,
      date: figure.date,
      reportedBy: source ? source.data.publisher : 'this article',
      href: source?.data.url,
    };
  });
}

/** One line of evidence on a claim's known-on-the-day split: a source or a timeline event. */
export interface EvidenceItem {
  kind: 'source' | 'event';
  id: string;
  /** A partial ISO date, or "undated". */
  date: string;
  text: string;
  /** The publisher, for a source. */
  publisher?: string | undefined;
  /** The source's language (BCP 47), where it is not English. */
  language?: string | undefined;
  href: string;
}

/**
 * The claim's sources and events split by the article's publication date
 * (`day`, from the article's frontmatter): what was available on the day,
 * what happened next, and what is undated or dated too loosely to tell.
 */
export function claimEvidenceByDay(edition: Edition, claim: Claim, day: string): DaySplit<EvidenceItem> {
  const items: EvidenceItem[] = [
    ...[...new Set(claim.data.sources.map((c) => c.source))].map((id) => {
      const source = must(edition.sources, id);
      return {
        kind: 'source' as const,
        id,
        date: source.data.published,
        text: source.data.title,
        publisher: source.data.publisher,
        language: source.data.language === 'en' ? undefined : source.data.language,
        href: source.data.url,
      };
    }),
    ...claim.data.events.map((id) => {
      const event = must(edition.events, id);
      return { kind: 'event' as const, id, date: event.data.date, text: event.data.title, href: eventPath(id) };
    }),
  ];
  return splitByDay(items, (item) => (item.date === UNDATED ? UNDATED : item.date), day);
}

/**
 * The side a claim rests on, when every source cited as backing it traces to
 * parties of that one side (for a "rests on" notice): sources cited for
 * context or what happened later do not lift it (issue 31).
 */
export function claimRestsOn(edition: Edition, claim: Claim): OneSide | undefined {
  return restsOnOneSide(backingSourceIds(claim.data.sources), evidenceSources(edition), evidenceParties(edition));
}
