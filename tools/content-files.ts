/**
 * The content files as the tests and tools outside Astro read them: through
 * the very reader the build's loader and `npm run check` use
 * (`loadCollection` in src/model/content-files.ts: one YAML parser, the
 * collections table, every file rule), so that a test sees the data an
 * editor wrote exactly as the build does. A file the reader refuses makes
 * these functions throw with the check's own message.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { entryFile, type ContentCollection, type DataCollection } from '~/model/collections.ts';
import { formatProblem, frontmatterOf, loadCollection, type LoadedEntry } from '~/model/content-files.ts';
import { ROOT } from './project.ts';

function entriesOf(collection: ContentCollection, root: string): LoadedEntry[] {
  const { entries, problems } = loadCollection(root, collection);
  const fileProblems = [...problems, ...entries.flatMap((entry) => entry.problems)];
  if (fileProblems.length > 0) throw new Error(fileProblems.map(formatProblem).join('\n'));
  return entries;
}

/** The ids of a collection's entries (its file names), sorted. */
export function contentIds(collection: ContentCollection, root = ROOT): string[] {
  return entriesOf(collection, root)
    .map((entry) => entry.id)
    .sort();
}

export type Entry<T> = T & { id: string; file: string };

/** Every entry of a data collection, as its YAML file gives it, with its id and file. */
export function readEntries<T>(collection: DataCollection, root = ROOT): Entry<T>[] {
  return entriesOf(collection, root).map(({ data, id, file }) => ({ ...(data as T), id, file }));
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
  return entriesOf('articles', root).map(({ id, data }) => {
    const path = join(root, entryFile('articles', id));
    const source = readFileSync(path, 'utf8');
    const frontmatter = frontmatterOf(source);
    if (frontmatter === undefined) throw new Error(`${path} has no frontmatter`);
    const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source)!;
    return {
      id,
      path,
      frontmatter: data as ArticleFile['frontmatter'],
      body: source.slice(match[0].length),
    };
  });
}
