/**
 * Where each source is cited: by which claims, speaker facts, timeline
 * events, places (for their coordinates) and parties (for their description). `indexCitations` works on ids
 * only, so it can be tested without the collections; `citations` applies it
 * to the loaded edition.
 */
import type { Edition } from './load.ts';
import { AstroError } from 'astro/errors';

export interface CitationInput {
  sources: string[];
  claims: { id: string; sources: string[] }[];
  speakers: { id: string; facts: { sources: string[] }[] }[];
  events: { id: string; sources: string[] }[];
  places?: { id: string; sources: string[] }[];
  parties?: { id: string; sources: string[] }[];
}

export interface Citations {
  claims: string[];
  /** The speaker and the index of the fact in their card. */
  facts: { speaker: string; fact: number }[];
  events: string[];
  places: string[];
  parties: string[];
}

export function indexCitations(input: CitationInput): Map<string, Citations> {
  const index = new Map<string, Citations>(
    input.sources.map((id) => [id, { claims: [], facts: [], events: [], places: [], parties: [] }]),
  );
  const at = (id: string, where: string) => {
    const entry = index.get(id);
    if (!entry) {
      throw new AstroError(
        `${where} cites "${id}", which is not a source`,
        `Add content/sources/${id}.yaml or correct the id; \`npm run check\` names the file and line.`,
      );
    }
    return entry;
  };
  for (const claim of input.claims) {
    for (const id of new Set(claim.sources)) at(id, `claim "${claim.id}"`).claims.push(claim.id);
  }
  for (const speaker of input.speakers) {
    speaker.facts.forEach((fact, i) => {
      for (const id of new Set(fact.sources))
        at(id, `speaker "${speaker.id}", fact ${i + 1}`).facts.push({ speaker: speaker.id, fact: i });
    });
  }
  for (const event of input.events) {
    for (const id of new Set(event.sources)) at(id, `event "${event.id}"`).events.push(event.id);
  }
  for (const place of input.places ?? []) {
    for (const id of new Set(place.sources)) at(id, `place "${place.id}"`).places.push(place.id);
  }
  for (const party of input.parties ?? []) {
    for (const id of new Set(party.sources)) at(id, `party "${party.id}"`).parties.push(party.id);
  }
  return index;
}

/** Sources no claim, fact, event, place or party cites. */
export function uncited(index: Map<string, Citations>): string[] {
  return [...index]
    .filter(
      ([, c]) =>
        c.claims.length === 0 &&
        c.facts.length === 0 &&
        c.events.length === 0 &&
        c.places.length === 0 &&
        c.parties.length === 0,
    )
    .map(([id]) => id);
}

/** Where each source of the edition is cited. */
export function citations(edition: Edition): Map<string, Citations> {
  return indexCitations({
    sources: [...edition.sources.keys()],
    claims: [...edition.claims.values()].map((c) => ({ id: c.id, sources: c.data.sources.map((s) => s.source) })),
    speakers: [...edition.speakers.values()].map((s) => ({
      id: s.id,
      facts: s.data.facts.map((f) => ({ sources: f.sources })),
    })),
    events: [...edition.events.values()].map((e) => ({ id: e.id, sources: e.data.sources })),
    places: [...edition.places.values()].map((p) => ({ id: p.id, sources: p.data.sources })),
    parties: [...edition.parties.values()].map((p) => ({ id: p.id, sources: p.data.sources })),
  });
}
