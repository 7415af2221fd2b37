/**
 * One reader of the content files for everything that runs outside Astro:
 * the unit tests, the browser tests and the tools. It lists files through
 * the collections table (src/model/collections.ts) and parses YAML with the
 * same library as `npm run check`, so tests see the data an editor wrote.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COLLECTION_FILES, entryFile, type ContentCollection, type DataCollection } from '~/model/collections.ts';
import { ROOT } from './project.ts';

/** The ids of a collection's entries (its file names), sorted. */
export function contentIds(collection: ContentCollection, root = ROOT): string[] {
  const { dir, extension } = COLLECTION_FILES[collection];
  return readdirSync(join(root, dir))
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length))
    .sort();
}

export type Entry<T> = T & { id: string; file: string };

/** Every entry of a data collection, as its YAML file gives it, with its id and file. */
export function readEntries<T>(collection: DataCollection, root = ROOT): Entry<T>[] {
  return contentIds(collection, root).map((id) => {
    const file = entryFile(collection, id);
    return { ...(parseYaml(readFileSync(join(root, file), 'utf8')) as T), id, file };
  });
}

export interface ArticleFile {
  id: string;
  /** Absolute path. */
  path: string;
  frontmatter: Record<string, unknown> & {
    rawScrape: string;
    title: string;
    published: string;
    speakers: string[];
  };
  body: string;
}

/** The article MDX files, with their frontmatter, read the way an editor sees them. */
export function articleFiles(root = ROOT): ArticleFile[] {
  return contentIds('articles', root).map((id) => {
    const path = join(root, entryFile('articles', id));
    const source = readFileSync(path, 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
    if (!match) throw new Error(`${path} has no frontmatter`);
    return {
      id,
      path,
      frontmatter: parseYaml(match[1]!) as ArticleFile['frontmatter'],
      body: source.slice(match[0].length),
    };
  });
}
