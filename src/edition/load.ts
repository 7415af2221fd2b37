/**
 * Loads the content collections once per build, checks them against each
 * other and returns them keyed by id. Any problem fails the build here, with
 * every problem listed, before a page is written.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { checkIntegrity, formatProblems } from '~/model/integrity.ts';
import type { ArticleRefs } from '~/mdx/remark-claim-refs.ts';

export type Claim = CollectionEntry<'claims'>;
export type Speaker = CollectionEntry<'speakers'>;
export type TimelineEvent = CollectionEntry<'events'>;
export type Source = CollectionEntry<'sources'>;
export type Place = CollectionEntry<'places'>;
export type Route = CollectionEntry<'routes'>;

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
}

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e]));
const fileOf = (entry: { id: string; filePath?: string | undefined }, dir: string, ext = 'yaml') =>
  entry.filePath ?? `content/${dir}/${entry.id}.${ext}`;

async function load(): Promise<Edition> {
  const [articleEntries, claims, speakers, events, sources, places, routes] = await Promise.all([
    getCollection('articles'),
    getCollection('claims'),
    getCollection('speakers'),
    getCollection('events'),
    getCollection('sources'),
    getCollection('places'),
    getCollection('routes'),
  ]);
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
      file: fileOf(entry, 'articles', 'mdx'),
      speakers: entry.data.speakers.map((s) => s.id),
      ...refs,
    })),
    claims: claims.map((c) => ({
      id: c.id,
      file: fileOf(c, 'claims'),
      speaker: c.data.speaker.id,
      sources: c.data.sources.map((s) => s.id),
      events: c.data.events.map((e) => e.id),
    })),
    speakers: speakers.map((s) => ({
      id: s.id,
      file: fileOf(s, 'speakers'),
      factSources: s.data.facts.map((f) => f.sources.map((r) => r.id)),
    })),
    events: events.map((e) => ({ id: e.id, file: fileOf(e, 'events'), sources: e.data.sources.map((s) => s.id) })),
    sources: sources.map((s) => ({ id: s.id, file: fileOf(s, 'sources') })),
    places: places.map((p) => ({
      id: p.id,
      file: fileOf(p, 'places'),
      sources: p.data.sources.map((s) => s.id),
      claims: p.data.claims.map((c) => c.id),
      events: p.data.events.map((e) => e.id),
    })),
    routes: routes.map((r) => ({
      id: r.id,
      file: fileOf(r, 'routes'),
      from: r.data.from.id,
      to: r.data.to.id,
      claims: r.data.claims.map((c) => c.id),
    })),
  });
  if (problems.length > 0) throw new Error(formatProblems(problems));

  return {
    articles,
    claims: byId(claims),
    speakers: byId(speakers),
    events: byId(events),
    sources: byId(sources),
    places: byId(places),
    routes: byId(routes),
  };
}

let edition: Promise<Edition> | undefined;

export function loadEdition(): Promise<Edition> {
  edition ??= load();
  return edition;
}

/** Looks up an id that the integrity check has already proved exists. */
export function must<T>(map: Map<string, T>, id: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`Unknown id "${id}" after the content check; this is a bug`);
  return value;
}

/** One page per article: `getStaticPaths` for the pages under `src/pages/articles/[id]/`. */
export async function articlePaths(): Promise<{ params: { id: string }; props: { article: RenderedArticle } }[]> {
  const { articles } = await loadEdition();
  return articles.map((article) => ({ params: { id: article.entry.id }, props: { article } }));
}
