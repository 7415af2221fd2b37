/**
 * Cross-checks between collections that zod schemas cannot see: that every
 * id a file names exists, and that every claim is used. A reference in the
 * schemas is a plain id: the schema proves its form, this its entry exists.
 *
 * Every problem names the file, the field and how to fix it, and all
 * problems are reported together.
 */

import { canonicalAddress, nameSkeleton } from './source-identity.ts';
import { dateSpan, sourceChain, supportedStatusProblem, type EvidenceParty, type EvidenceSource } from './evidence.ts';
import { closestIds, didYouMean } from './closest-ids.ts';
import { SLUG } from './schemas.ts';

/** One source as a claim cites it, as far as the raw data give it (the schema checks the rest). */
export interface IntegrityCitation {
  source: string;
  role?: string | undefined;
  /** The passage, to tell a second passage of one source from the same one written twice. */
  passage?: string | undefined;
  /** Whether the citation gives a translation. */
  translated?: boolean | undefined;
}

export interface IntegrityInput {
  articles: {
    id: string;
    file: string;
    speakers: string[];
    /** The article's publication date: a citation of what happened `later` comes after it. */
    published?: string | undefined;
    claimRefs: string[];
    speakerRefs: string[];
  }[];
  claims: {
    id: string;
    file: string;
    speaker: string;
    /** The claim's citations: each source with its role. */
    sources: IntegrityCitation[];
    events: string[];
    /** The claim's status; the rule for "supported" needs it. */
    status?: string | undefined;
    /** Who gave each of the claim's figures, and where it is reported. */
    figures?: { givenBy?: string | undefined; source?: string | undefined }[];
  }[];
  speakers: { id: string; file: string; factSources: string[][] }[];
  events: { id: string; file: string; sources: string[] }[];
  sources: {
    id: string;
    file: string;
    publisher?: string | undefined;
    /** BCP 47 tag of the source's language; English when absent. */
    language?: string | undefined;
    /** The source's date (partial, a range of days, or "undated"). */
    published?: string | undefined;
    /** The address the source was read at; one page is one source. */
    url?: string | undefined;
    /** Party ids whose statement the source reports. */
    relays?: string[];
    /** The sources in the collection and the wire agencies that this one copies or reports, in the order written. */
    basedOn?: readonly string[] | undefined;
    /** The party heading the side its publisher belongs to, for a state organ. */
    publisherSide?: string | undefined;
  }[];
  /** Whose word sources carry; optional so that checks of other collections need not list them. */
  parties?: {
    id: string;
    file: string;
    name: string;
    partyToConflict: boolean;
    /** The party that heads this one's side, if it is an organ of another. */
    side?: string | undefined;
    sources: string[];
  }[];
  /** Places on the map; optional so that checks of other collections need not list them. */
  places?: { id: string; file: string; sources: string[]; claims: string[]; events: string[] }[];
  /** Movements someone alleged, drawn on the map. */
  routes?: { id: string; file: string; from: string; to: string; claims: string[] }[];
  /**
   * Files that could not be read (a YAML or MDX syntax error, reported on
   * their own): their ids exist, so nothing that names them is reported, and
   * since what they refer to is unknown, no entry is reported as unused.
   */
  unreadable?: {
    collection: 'articles' | 'claims' | 'speakers' | 'events' | 'sources' | 'places' | 'parties' | 'routes';
    id: string;
    file: string;
  }[];
}

export interface IntegrityProblem {
  file: string;
  field: string;
  message: string;
}

const languageName = (tag: string): string => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};

export function formatProblems(problems: IntegrityProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file} → ${p.field}: ${p.message}`);
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

type Expect = (collection: 'sources' | 'parties', id: string, file: string, field: string) => void;

/**
 * Who a source relays, what it is based on, who gave each figure, and the
 * rule for "supported" (src/model/evidence.ts): the same function runs in
 * the build and in `npm run check`.
 */
function evidenceProblems(
  input: IntegrityInput,
  ids: { sources: Set<string>; parties: Set<string>; speakers: Set<string> },
  expect: Expect,
): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const sources = new Map<string, EvidenceSource>(
    input.sources.map((s) => [
      s.id,
      {
        id: s.id,
        publisher: s.publisher ?? s.id,
        relays: s.relays ?? [],
        basedOn: s.basedOn,
        publisherSide: s.publisherSide,
      },
    ]),
  );
  const parties = new Map<string, EvidenceParty>((input.parties ?? []).map((p) => [p.id, p]));
  for (const party of input.parties ?? []) {
    party.sources.forEach((id, i) => expect('sources', id, party.file, `sources[${i}]`));
    if (party.side === undefined) continue;
    const head = parties.get(party.side);
    if (party.side === party.id) {
      problems.push({
        file: party.file,
        field: 'side',
        message:
          'a party cannot head its own side by naming itself; remove the field (a party without one is its own side)',
      });
    } else if (!head) {
      expect('parties', party.side, party.file, 'side');
    } else if (head.side !== undefined) {
      problems.push({
        file: party.file,
        field: 'side',
        message: `"${party.side}" is itself on the side of "${head.side}"; name the party that heads the side: side: ${head.side}`,
      });
    }
  }
  for (const source of input.sources) {
    (source.relays ?? []).forEach((id, i) => expect('parties', id, source.file, `relays[${i}]`));
    if (source.publisherSide !== undefined) expect('parties', source.publisherSide, source.file, 'publisherSide');
    if (source.basedOn === undefined || source.basedOn.length === 0) continue;
    const twice = source.basedOn.find((id, i) => source.basedOn!.indexOf(id) !== i);
    if (twice !== undefined) {
      problems.push({
        file: source.file,
        field: 'basedOn',
        message: `"${twice}" is named twice; name each source or agency once`,
      });
      continue;
    }
    if (source.basedOn.includes(source.id)) {
      problems.push({
        file: source.file,
        field: 'basedOn',
        message: 'a source cannot be based on itself; name the source it copies or reports, or remove the field',
      });
      continue;
    }
    const { problem } = sourceChain(source.id, sources);
    if (problem) {
      problems.push({
        file: source.file,
        field: 'basedOn',
        message: `${problem}; name a file in content/sources/ or the news agency that this source copies or reports, or remove the field`,
      });
    }
  }
  for (const claim of input.claims) {
    (claim.figures ?? []).forEach((figure, i) => {
      if (figure.givenBy !== undefined && !ids.parties.has(figure.givenBy) && !ids.speakers.has(figure.givenBy)) {
        const suggestion = didYouMean(figure.givenBy, [...ids.parties, ...ids.speakers]);
        problems.push({
          file: claim.file,
          field: `figures[${i}].givenBy`,
          message: `"${figure.givenBy}" is not an id in content/parties/ or content/speakers/${suggestion ? `: ${suggestion}` : '; add the party or correct the id'}`,
        });
      }
      if (figure.source !== undefined) expect('sources', figure.source, claim.file, `figures[${i}].source`);
    });
    const known = claim.sources.filter((citation) => ids.sources.has(citation.source));
    const problem = supportedStatusProblem({ status: claim.status ?? '', sources: known }, sources, parties);
    if (problem) problems.push({ file: claim.file, field: 'status', message: problem });
  }
  return problems;
}

export function checkIntegrity(input: IntegrityInput): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const unreadable = input.unreadable ?? [];
  const unreadableIds = (collection: string) => unreadable.filter((u) => u.collection === collection).map((u) => u.id);
  const ids = {
    claims: new Set([...input.claims.map((c) => c.id), ...unreadableIds('claims')]),
    speakers: new Set([...input.speakers.map((s) => s.id), ...unreadableIds('speakers')]),
    events: new Set([...input.events.map((e) => e.id), ...unreadableIds('events')]),
    sources: new Set([...input.sources.map((s) => s.id), ...unreadableIds('sources')]),
    places: new Set([...(input.places ?? []).map((p) => p.id), ...unreadableIds('places')]),
    parties: new Set([...(input.parties ?? []).map((p) => p.id), ...unreadableIds('parties')]),
  };
  /** Ids a misspelt reference probably meant: not reported as unused, since the fault lies in the reference. */
  const meant = new Set<string>();
  const expect = (collection: keyof typeof ids, id: string, file: string, field: string): void => {
    // An id that is not even shaped like one has its own message from the schema.
    if (ids[collection].has(id) || !SLUG.test(id)) return;
    const close = closestIds(id, ids[collection]);
    close.forEach((c) => meant.add(`${collection}/${c}`));
    const suggestion = didYouMean(id, ids[collection]);
    problems.push({
      file,
      field,
      message: suggestion
        ? `"${id}" is not an id in content/${collection}/: ${suggestion}`
        : `"${id}" is not an id in content/${collection}/; add content/${collection}/${id}.yaml or correct the id`,
    });
  };

  /** A source listed twice in one list counts once on the page and twice in nothing: the second is a slip. */
  const once = (list: string[], file: string, field: string): void => {
    list.forEach((id, i) => {
      const first = list.indexOf(id);
      if (first === i) return;
      problems.push({
        file,
        field: `${field}[${i}]`,
        message: `"${id}" is listed twice in ${field} (also as ${field}[${first}]); remove one, or name the other source you meant`,
      });
    });
  };
  // A claim may cite one source for two passages; the same source with the same passage twice is the slip.
  for (const claim of input.claims) {
    const keys = claim.sources.map((c) => `${c.source}\u0000${(c.passage ?? '').replace(/\s+/g, ' ').trim()}`);
    keys.forEach((key, i) => {
      const first = keys.indexOf(key);
      if (first === i) return;
      problems.push({
        file: claim.file,
        field: `sources[${i}]`,
        message: `"${claim.sources[i]!.source}" is cited twice in sources with the same passage (also as sources[${first}]); remove one, or cite the other passage or source you meant`,
      });
    });
  }
  input.speakers.forEach((s) => s.factSources.forEach((list, f) => once(list, s.file, `facts[${f}].sources`)));
  for (const event of input.events) once(event.sources, event.file, 'sources');
  for (const place of input.places ?? []) once(place.sources, place.file, 'sources');
  for (const party of input.parties ?? []) once(party.sources, party.file, 'sources');

  const languages = new Map(input.sources.map((s) => [s.id, s.language ?? 'en']));
  const sourceDates = new Map(input.sources.map((s) => [s.id, s.published]));
  // The day of the article that makes each claim: a source cited for what happened later is not older than it.
  const articleDay = new Map<string, string>();
  for (const article of input.articles)
    for (const id of article.claimRefs) if (article.published) articleDay.set(id, article.published);
  for (const claim of input.claims) {
    expect('speakers', claim.speaker, claim.file, 'speaker');
    claim.sources.forEach((citation, i) => {
      expect('sources', citation.source, claim.file, `sources[${i}].source`);
      const day = articleDay.get(claim.id);
      const published = sourceDates.get(citation.source);
      const span = published === undefined ? undefined : dateSpan(published);
      const articleSpan = day === undefined ? undefined : dateSpan(day);
      if (citation.role === 'later' && span && articleSpan && span.last < articleSpan.first) {
        problems.push({
          file: claim.file,
          field: `sources[${i}].role`,
          message: `is "later" (what happened after the article), but the source is dated ${published}, before the article (${day}): use context for what came before, or backs or disputes`,
        });
      }
      const language = languages.get(citation.source);
      if (language === undefined) return;
      // English by its primary subtag (en, en-GB), whatever the tag's own problems (reported on the source).
      const english = /^en(?:[-_]|$)/i.test(language);
      if (!english && !citation.translated) {
        problems.push({
          file: claim.file,
          field: `sources[${i}].translation`,
          message: `is required: the source is in ${languageName(language)} (language: ${language}), so give the passage in English too, translation: "…"`,
        });
      } else if (english && citation.translated) {
        problems.push({
          file: claim.file,
          field: `sources[${i}].translation`,
          message:
            'is for a source not in English, and this one is in English: remove the translation (or give the source its language:)',
        });
      }
    });
    claim.events.forEach((id, i) => expect('events', id, claim.file, `events[${i}]`));
  }
  for (const speaker of input.speakers) {
    speaker.factSources.forEach((sources, f) =>
      sources.forEach((id, i) => expect('sources', id, speaker.file, `facts[${f}].sources[${i}]`)),
    );
  }
  for (const event of input.events) {
    event.sources.forEach((id, i) => expect('sources', id, event.file, `sources[${i}]`));
  }
  problems.push(...evidenceProblems(input, ids, expect));

  for (const place of input.places ?? []) {
    place.sources.forEach((id, i) => expect('sources', id, place.file, `sources[${i}]`));
    place.claims.forEach((id, i) => expect('claims', id, place.file, `claims[${i}]`));
    place.events.forEach((id, i) => expect('events', id, place.file, `events[${i}]`));
  }
  for (const route of input.routes ?? []) {
    expect('places', route.from, route.file, 'from');
    expect('places', route.to, route.file, 'to');
    if (route.from === route.to) {
      problems.push({
        file: route.file,
        field: 'to',
        message: `a route must lead somewhere: "to" is the same place as "from" ("${route.to}")`,
      });
    }
    route.claims.forEach((id, i) => expect('claims', id, route.file, `claims[${i}]`));
  }

  const referenced = new Set<string>();
  for (const article of input.articles) {
    article.speakers.forEach((id, i) => expect('speakers', id, article.file, `speakers[${i}]`));
    for (const id of article.claimRefs) {
      referenced.add(id);
      if (!ids.claims.has(id)) {
        closestIds(id, ids.claims).forEach((c) => meant.add(`claims/${c}`));
        const suggestion = didYouMean(id, ids.claims);
        problems.push({
          file: article.file,
          field: `<Claim id="${id}">`,
          message: suggestion
            ? `no claim has the id "${id}": ${suggestion}`
            : `no claim has the id "${id}"; add content/claims/${id}.yaml or correct the id`,
        });
        continue;
      }
      const claim = input.claims.find((c) => c.id === id);
      // A claim that could not be read, or whose speaker is unknown, is reported in its own file.
      if (claim && ids.speakers.has(claim.speaker) && !article.speakers.includes(claim.speaker)) {
        problems.push({
          file: article.file,
          field: 'speakers',
          message: `claim "${id}" is made by "${claim.speaker}", who is not listed in the article's speakers`,
        });
      }
    }
    for (const id of article.speakerRefs) {
      if (!ids.speakers.has(id)) {
        const suggestion = didYouMean(id, ids.speakers);
        problems.push({
          file: article.file,
          field: `<SpeakerLabel id="${id}">`,
          message: suggestion
            ? `no speaker has the id "${id}": ${suggestion}`
            : `no speaker has the id "${id}"; add content/speakers/${id}.yaml or correct the id`,
        });
      } else if (!article.speakers.includes(id)) {
        problems.push({
          file: article.file,
          field: 'speakers',
          message: `"${id}" speaks in the text (<SpeakerLabel id="${id}">) but is not listed in the frontmatter's speakers`,
        });
      }
    }
  }
  problems.push(...sourceIdentityProblems(input.sources), ...orphanProblems(input));

  // Every source supports something: a source nothing cites is a page no reader is shown why it is there.
  // Ids run together by a list item's indent ("a b") are reported where they stand; each still counts as cited.
  const cited = new Set(
    [
      ...input.claims.flatMap((c) => c.sources.map((citation) => citation.source)),
      ...input.speakers.flatMap((s) => s.factSources.flat()),
      ...input.events.flatMap((e) => e.sources),
      ...(input.places ?? []).flatMap((p) => p.sources),
      ...(input.parties ?? []).flatMap((p) => p.sources),
    ].flatMap((id) => id.split(/\s+/)),
  );
  // What a file that could not be read refers to is unknown: nothing is called unused until it reads again.
  if (unreadable.length > 0) return problems;
  for (const source of input.sources) {
    if (!cited.has(source.id) && !meant.has(`sources/${source.id}`)) {
      problems.push({
        file: source.file,
        field: 'id',
        message: `no claim, speaker fact, event, place or party cites this source; list "${source.id}" in the sources of what it supports, or delete the file`,
      });
    }
  }
  for (const claim of input.claims) {
    if (!referenced.has(claim.id) && !meant.has(`claims/${claim.id}`)) {
      problems.push({
        file: claim.file,
        field: 'id',
        message: `no article refers to this claim; wrap its words in <Claim id="${claim.id}">…</Claim> in the article, or delete the file`,
      });
    }
  }
  return problems;
}

/**
 * One page is one source, and one publisher has one name: the same address
 * filed twice (however written), or a publisher's name that is another's
 * look-alike, would let one origin count as two sides.
 */
export function sourceIdentityProblems(sources: IntegrityInput['sources']): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const byAddress = new Map<string, string>();
  const bySkeleton = new Map<string, { name: string; file: string }>();
  for (const source of [...sources].sort((a, b) => a.file.localeCompare(b.file))) {
    if (source.url) {
      const key = canonicalAddress(source.url);
      const first = byAddress.get(key);
      if (first) {
        problems.push({
          file: source.file,
          field: 'url',
          message: `is the same page as ${first} (${key}): one address is one source, so cite "${first.replace(/^content\/sources\/|\.yaml$/g, '')}" and delete this file`,
        });
      } else byAddress.set(key, source.file);
    }
    if (source.publisher) {
      const key = nameSkeleton(source.publisher);
      const first = bySkeleton.get(key);
      if (first && first.name !== source.publisher) {
        problems.push({
          file: source.file,
          field: 'publisher',
          message: `"${source.publisher}" is written differently from "${first.name}" (${first.file}) but reads the same: write the publisher's name exactly as the other sources do`,
        });
      } else if (!first) bySkeleton.set(key, { name: source.publisher, file: source.file });
    }
  }
  return problems;
}

/**
 * Every event, speaker, place and route is there for something a reader is
 * shown: an entry nothing refers to would reach the timeline, the map or a
 * card without any note standing behind it (like an uncited source).
 */
export function orphanProblems(input: IntegrityInput): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const places = input.places ?? [];
  const routes = input.routes ?? [];
  const eventRefs = new Set([...input.claims.flatMap((c) => c.events), ...places.flatMap((p) => p.events)]);
  for (const event of input.events) {
    if (!eventRefs.has(event.id)) {
      problems.push({
        file: event.file,
        field: 'id',
        message: `no claim or place refers to this event; list "${event.id}" in the events of the claim it bears on, or delete the file`,
      });
    }
  }
  const speakerRefs = new Set([
    ...input.articles.flatMap((a) => [...a.speakers, ...a.speakerRefs]),
    ...input.claims.map((c) => c.speaker),
  ]);
  for (const speaker of input.speakers) {
    if (!speakerRefs.has(speaker.id)) {
      problems.push({
        file: speaker.file,
        field: 'id',
        message: `no article lists this speaker and no claim is theirs; add "${speaker.id}" to the speakers of the article they speak in, or delete the file`,
      });
    }
  }
  const placeRefs = new Set(routes.flatMap((r) => [r.from, r.to]));
  for (const place of places) {
    if (place.claims.length === 0 && place.events.length === 0 && !placeRefs.has(place.id)) {
      problems.push({
        file: place.file,
        field: 'claims',
        message:
          'no claim, event or route refers to this place; list the claims or events it is named in, or delete the file',
      });
    }
  }
  for (const route of routes) {
    if (route.claims.length === 0) {
      problems.push({
        file: route.file,
        field: 'claims',
        message: 'no claim alleges this movement; list the claims that allege it, or delete the file',
      });
    }
  }
  return problems;
}
