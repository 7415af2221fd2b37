/**
 * Loads the content collections once per build, checks them against each
 * other and returns them keyed by id. Any problem fails the build here, with
 * every problem listed, before a page is written.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { checkIntegrity, formatProblems } from '~/model/integrity.ts';
import { basedOnIds } from '~/model/evidence.ts';
import type { ArticleRefs } from '~/mdx/remark-claim-refs.ts';
import { entryFile, type ContentCollection, type DataCollection } from '~/model/collections.ts';
import { AstroError } from 'astro/errors';
import { devContentError } from '~/check/dev-problems.ts';

export type Claim = CollectionEntry<'claims'>;
export type Speaker = CollectionEntry<'speakers'>;
export type TimelineEvent = CollectionEntry<'events'>;
export type Source = CollectionEntry<'sources'>;
export type Place = CollectionEntry<'places'>;
export type Route = CollectionEntry<'routes'>;
export type Party = CollectionEntry<'parties'>;

export interface RenderedArticle {
  entry: CollectionEntry<'articles'>;
  Content: AstroComponentFactory;
  refs: ArticleRefs;
}

export interface Edition {
  articles: RenderedArticle[];
  claims: Map<string, Claim>;
  speakers: Map<string, Speaker>;
  events: Map<string, TimelineEvent>;
  sources: Map<string, Source>;
  places: Map<string, Place>;
  routes: Map<string, Route>;
  parties: Map<string, Party>;
}

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e]));
const fileOf = (entry: { id: string; filePath?: string | undefined }, collection: ContentCollection) =>
  entry.filePath ?? entryFile(collection, entry.id);

type DataMaps = Omit<Edition, 'articles'>;

/** Every data collection of the table (src/model/collections.ts), keyed by id. */
async function loadData(): Promise<DataMaps> {
  const data = {
    claims: byId(await getCollection('claims')),
    speakers: byId(await getCollection('speakers')),
    events: byId(await getCollection('events')),
    sources: byId(await getCollection('sources')),
    places: byId(await getCollection('places')),
    routes: byId(await getCollection('routes')),
    parties: byId(await getCollection('parties')),
  };
  // A collection added to the table but not here is a type error.
  return data satisfies Record<DataCollection, unknown>;
}

async function load(): Promise<Edition> {
  const [articleEntries, data] = await Promise.all([getCollection('articles'), loadData()]);
  const { claims, speakers, events, sources, places, routes, parties } = data;
  const articles = await Promise.all(
    articleEntries.map(async (entry) => {
      const { Content, remarkPluginFrontmatter } = await render(entry);
      const refs = remarkPluginFrontmatter as Partial<ArticleRefs>;
      return {
        entry,
        Content,
        refs: {
          claimRefs: refs.claimRefs ?? [],
          claimOccurrences: refs.claimOccurrences ?? {},
          speakerRefs: refs.speakerRefs ?? [],
        },
      };
    }),
  );

  const problems = checkIntegrity({
    articles: articles.map(({ entry, refs }) => ({
      id: entry.id,
      file: fileOf(entry, 'articles'),
      speakers: entry.data.speakers,
      published: entry.data.published,
      ...refs,
    })),
    claims: [...claims.values()].map((c) => ({
      id: c.id,
      file: fileOf(c, 'claims'),
      speaker: c.data.speaker,
      sources: c.data.sources.map((c) => ({
        source: c.source,
        role: c.role,
        passage: c.passage,
        translated: c.translation !== undefined,
      })),
      events: c.data.events,
      status: c.data.status,
      figures: c.data.figures.map((f) => ({ givenBy: f.givenBy, source: f.source })),
    })),
    speakers: [...speakers.values()].map((s) => ({
      id: s.id,
      file: fileOf(s, 'speakers'),
      factSources: s.data.facts.map((f) => f.sources),
    })),
    events: [...events.values()].map((e) => ({
      id: e.id,
      file: fileOf(e, 'events'),
      sources: e.data.sources,
    })),
    sources: [...sources.values()].map((s) => ({
      id: s.id,
      file: fileOf(s, 'sources'),
      publisher: s.data.publisher,
      language: s.data.language,
      published: s.data.published,
      relays: s.data.relays,
      basedOn: basedOnIds(s.data.basedOn),
      publisherSide: s.data.publisherSide,
    })),
    parties: [...parties.values()].map((p) => ({
      id: p.id,
      file: fileOf(p, 'parties'),
      name: p.data.name,
      partyToConflict: p.data.partyToConflict,
      side: p.data.side,
      sources: p.data.sources,
    })),
    places: [...places.values()].map((p) => ({
      id: p.id,
      file: fileOf(p, 'places'),
      sources: p.data.sources,
      claims: p.data.claims,
      events: p.data.events,
    })),
    routes: [...routes.values()].map((r) => ({
      id: r.id,
      file: fileOf(r, 'routes'),
      from: r.data.from,
      to: r.data.to,
      claims: r.data.claims,
    })),
  });
  if (problems.length > 0) {
    throw new AstroError(
      formatProblems(problems),
      'Each line names the file and the field; `npm run check` lists the same problems with their lines and how to fix them.',
    );
  }

  return { articles, ...data };
}

let edition: Promise<Edition> | undefined;

export function loadEdition(): Promise<Edition> {
  // In `astro dev`, a page whose content breaks a rule shows the problems in the error overlay, not stale content.
  if (import.meta.env.DEV) {
    const error = devContentError();
    if (error) return Promise.reject(error);
  }
  edition ??= load();
  return edition;
}

/** Looks up an id that the integrity check has already proved exists. */
export function must<T>(map: Map<string, T>, id: string): T {
  const value = map.get(id);
  if (value === undefined) {
    throw new AstroError(
      `Unknown id "${id}" after the content check`,
      'The content check should have named the file that refers to it; run `npm run check` and report this as a bug.',
    );
  }
  return value;
}

/** One page per article: `getStaticPaths` for the pages under `src/pages/articles/[id]/`. */
export async function articlePaths(): Promise<{ params: { id: string }; props: { article: RenderedArticle } }[]> {
  const { articles } = await loadEdition();
  return articles.map((article) => ({ params: { id: article.entry.id }, props: { article } }));
}
