/** What the browser tests expect, read from the content files themselves. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '~/article/cleaner.ts';
import { ROOT } from '../../tools/project.ts';
import { articleFiles, contentIds, readEntries } from '../../tools/content-files.ts';
import type { DataCollection } from '~/model/collections.ts';

export interface ArticleExpectation {
  id: string;
  path: string;
  /** The article's places page: the map and the list of places. */
  placesPath: string;
  title: string;
  /** The original article's address, the annotations' second target. */
  originalUrl: string;
  published: string;
  paragraphs: string[];
  speakers: string[];
}

export function articles(): ArticleExpectation[] {
  return articleFiles().map(({ id, frontmatter }) => {
    const cleaned = cleanArticle(readFileSync(join(ROOT, frontmatter.rawScrape), 'utf8'));
    return {
      id,
      path: `/articles/${id}/`,
      placesPath: `/articles/${id}/places/`,
      title: frontmatter.title,
      originalUrl: frontmatter.originalUrl,
      published: frontmatter.published,
      paragraphs: cleaned.blocks.map((b) => b.text),
      speakers: frontmatter.speakers,
    };
  });
}

/** The ids of a data collection's entries. */
export function collectionIds(collection: DataCollection): string[] {
  return contentIds(collection);
}

export interface ClaimExpectation {
  id: string;
  speaker: string;
  status: string;
  claim: string;
  /** The editors' bottom line, where the file has one. */
  bottomLine?: string | undefined;
  /** The sources cited, each once, in the order first cited. */
  sources: string[];
  /** Each citation as the file writes it: the source, its role, the passage and its translation. */
  citations: { source: string; role: string; passage: string; translation?: string | undefined }[];
  events: string[];
}

/** The claims as their schema outputs them. */
export function claims(): ClaimExpectation[] {
  return readEntries('claims').map((data) => ({
    id: data.id,
    speaker: data.speaker,
    status: data.status,
    claim: data.claim,
    bottomLine: data.bottomLine,
    sources: [...new Set(data.sources.map((c) => c.source))],
    citations: data.sources,
    events: data.events,
  }));
}

/** Speaker ids with their names, from the YAML files. */
export function speakers(): { id: string; name: string }[] {
  return readEntries('speakers').map(({ id, name }) => ({ id, name }));
}

/** Each source's address by id, from the YAML files. */
export function sourceUrls(): Map<string, string> {
  return new Map(readEntries('sources').map(({ id, url }) => [id, url]));
}
