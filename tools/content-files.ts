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
import type { EntryData } from '~/model/schemas.ts';
import { formatProblem, frontmatterOf, loadCollection, type LoadedEntry } from '~/model/content-files.ts';
import { ROOT } from './project.ts';

/** A collection's entries, each with the data its schema outputs; throws with the check's message on any problem. */
function entriesOf<C extends ContentCollection>(
  collection: C,
  root: string,
): (LoadedEntry<C> & { parsed: EntryData<C> })[] {
  const { entries, problems } = loadCollection(root, collection);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return entries.map((entry) => {
    const { parsed } = entry;
    if (parsed === undefined) throw new Error(`${entry.file} was not parsed`);
    return { ...entry, parsed };
  });
}

/** The ids of a collection's entries (its file names), sorted. */
export function contentIds(collection: ContentCollection, root = ROOT): string[] {
  return entriesOf(collection, root)
    .map((entry) => entry.id)
    .sort();
}

export type Entry<C extends DataCollection> = EntryData<C> & { id: string; file: string };

/** Every entry of a data collection, as its schema outputs it (defaults applied), with its id and file. */
export function readEntries<C extends DataCollection>(collection: C, root = ROOT): Entry<C>[] {
  return entriesOf(collection, root).map(({ parsed, id, file }) => ({ ...parsed, id, file }));
}

export interface ArticleFile {
  id: string;
  /** Absolute path. */
  path: string;
  frontmatter: EntryData<'articles'>;
  body: string;
}

/** The article MDX files, with their frontmatter, read the way an editor sees them. */
export function articleFiles(root = ROOT): ArticleFile[] {
  return entriesOf('articles', root).map(({ id, parsed }) => {
    const path = join(root, entryFile('articles', id));
    const source = readFileSync(path, 'utf8');
    const frontmatter = frontmatterOf(source);
    if (frontmatter === undefined) throw new Error(`${path} has no frontmatter`);
    const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source)!;
    return {
      id,
      path,
      frontmatter: parsed,
      body: source.slice(match[0].length),
    };
  });
}
