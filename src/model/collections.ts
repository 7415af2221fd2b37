/**
 * The one table of content collections: each one's folder and file type.
 * `src/content.config.ts`, the edition loader, `npm run check` and the
 * tests' content reader all take the list from here, so a new collection is
 * added in one place (plus its schema in `schemas.ts`).
 *
 * It also says how a file name becomes an id. A file name is its entry's id,
 * so ids are unique within a collection by construction, provided that names
 * are exact: Astro would otherwise slug "Peter Ford.yaml" and
 * "peter-ford.yaml" to the same id and keep only one.
 */
import { SLUG } from './schemas.ts';

export const COLLECTION_FILES = {
  articles: { dir: 'content/articles', extension: '.mdx' },
  claims: { dir: 'content/claims', extension: '.yaml' },
  events: { dir: 'content/events', extension: '.yaml' },
  parties: { dir: 'content/parties', extension: '.yaml' },
  places: { dir: 'content/places', extension: '.yaml' },
  routes: { dir: 'content/routes', extension: '.yaml' },
  sources: { dir: 'content/sources', extension: '.yaml' },
  speakers: { dir: 'content/speakers', extension: '.yaml' },
} as const;

export type ContentCollection = keyof typeof COLLECTION_FILES;

/** Every collection, in the table's order. */
export const COLLECTION_NAMES = Object.keys(COLLECTION_FILES) as ContentCollection[];

/** The collections of YAML data files (every one but the articles). */
export type DataCollection = Exclude<ContentCollection, 'articles'>;
export const DATA_COLLECTIONS = COLLECTION_NAMES.filter((name): name is DataCollection => name !== 'articles');

/** Returns a sentence saying what is wrong with a file name, or undefined when it is a valid id. */
export function fileNameProblem(collection: ContentCollection, fileName: string): string | undefined {
  const { extension } = COLLECTION_FILES[collection];
  if (!fileName.endsWith(extension)) {
    return `the build reads only ${extension} files in ${COLLECTION_FILES[collection].dir}/, so this file would be ignored; rename it to end in ${extension}`;
  }
  const id = fileName.slice(0, -extension.length);
  if (!SLUG.test(id)) {
    const suggestion = id
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    return `"${id}" is not a valid id: a file name is the entry's id and must be lower-case letters and digits joined by single hyphens; rename the file to ${suggestion || 'a valid id'}${extension}`;
  }
  return undefined;
}

/** The glob loader's `generateId`: the file name itself, or a build error naming the file. */
export function idFromFileName(collection: ContentCollection, entry: string): string {
  const fileName = entry.split('/').pop() ?? entry;
  const problem = fileNameProblem(collection, fileName);
  if (problem) throw new Error(`${COLLECTION_FILES[collection].dir}/${entry} → file name: ${problem}`);
  return fileName.slice(0, -COLLECTION_FILES[collection].extension.length);
}

/** The project-relative path of an entry's file, for example `content/claims/x.yaml`. */
export function entryFile(collection: ContentCollection, id: string): string {
  const { dir, extension } = COLLECTION_FILES[collection];
  return `${dir}/${id}${extension}`;
}
