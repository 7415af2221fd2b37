/**
 * The Astro content loader of every collection. Before it loads anything it
 * runs `checkContent`, the very function behind `npm run check`, once per
 * build: any problem fails the build with every problem listed as
 * `file:line → field: message (fix)` in one AstroError. Each collection's
 * entries are those the check has just read through `content-files.ts`, the
 * check's reader, so the build and the check read YAML with one parser and
 * one set of rules, and each file is parsed once per build.
 *
 * Data collections are loaded here entirely, each entry's data being the
 * schema's output as the check parsed it. Articles are MDX, which Astro's
 * glob loader knows how to render, so it loads them, and their frontmatter
 * is then replaced by the one read with the project's YAML rules (the glob
 * loader's own parser would otherwise decide what the page shows).
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { glob, type Loader } from 'astro/loaders';
import { COLLECTION_FILES, idFromFileName, type ContentCollection } from '~/model/collections.ts';
import { loadCollection, type Problem } from '~/model/content-files.ts';
import { checkAndLoadContent, type LoadedCollection } from './content-check.ts';
import { problemLines, reportDevProblems } from './dev-problems.ts';

/**
 * The whole check runs once per build, whichever collection loads first, and
 * again in `astro dev` only when a file under content/ has changed: the
 * result is kept with a fingerprint of every file's path, size and time.
 * The collections the check read are kept until each collection's loader
 * has taken its own, then let go (a large edition's parsed YAML is big).
 */
interface Checked {
  fingerprint: string;
  problems: Problem[];
  unclaimed: Map<ContentCollection, LoadedCollection>;
}
const checked = new Map<string, Checked>();
function fingerprint(root: string): string {
  const entries = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' }).sort();
  return entries
    .map((name) => {
      const stat = lstatSync(join(root, 'content', name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
}
function checkOnce(root: string, watching: boolean): Checked {
  const kept = checked.get(root);
  // A build reads the files once: nothing can change them under it, so only `astro dev` needs the fingerprint.
  if (kept && !watching) return kept;
  const now = watching ? fingerprint(root) : '';
  if (kept && kept.fingerprint === now) return kept;
  const { problems, collections } = checkAndLoadContent(root);
  const result = { fingerprint: now, problems, unclaimed: collections };
  checked.set(root, result);
  return result;
}

/** The collection as the check read it when no other loader has taken it yet, else read again. */
function takeCollection(root: string, result: Checked, collection: ContentCollection): LoadedCollection {
  const read = result.unclaimed.get(collection);
  result.unclaimed.delete(collection);
  return read ?? loadCollection(root, collection);
}

/** An error for the build's overlay and console, naming every problem's file, line and field. */
export function contentError(problems: Problem[], what: string): AstroError {
  return new AstroError(
    `${what}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problemLines(problems)}`,
    'Each line names the file, the line and the field, and how to fix it; `npm run check` lists every problem at once, and CONTRIBUTING.md gives the rules.',
  );
}

export function contentLoader(collection: ContentCollection): Loader {
  const { dir, extension } = COLLECTION_FILES[collection];
  const articles =
    collection === 'articles'
      ? glob({
          pattern: `*${extension}`,
          base: `./${dir}`,
          generateId: ({ entry }) => idFromFileName(collection, entry),
        })
      : undefined;
  return {
    name: 'content-files',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      // Reads the folder again: at the start of a build, and in `astro dev` after an edit.
      const sync = async (afterGlob: boolean) => {
        const watching = context.watcher !== undefined;
        const result = checkOnce(root, watching);
        if (watching) {
          // `astro dev`: the pages show the problems in the browser's overlay (dev-problems.ts), and the terminal
          // lists them once, not once per collection; the store keeps the last good content meanwhile.
          if (reportDevProblems(root, result.problems) && result.problems.length > 0) {
            context.logger.error(
              contentError(result.problems, 'The content breaks the rules of CONTRIBUTING.md').message,
            );
          }
          if (result.problems.length > 0) return;
        } else if (result.problems.length > 0) {
          throw contentError(result.problems, 'The content breaks the rules of CONTRIBUTING.md');
        }
        const { entries, problems } = takeCollection(root, result, collection);
        if (problems.length > 0) throw contentError(problems, `${dir}/ has content the build refuses`);
        // The schema's output as the check parsed it: Astro stores it without parsing the file again.
        const parsed = (entry: (typeof entries)[number]) => {
          if (entry.parsed === undefined) throw contentError(entry.problems, `${entry.file} was not parsed`);
          return entry.parsed;
        };
        if (articles) {
          if (!afterGlob) await articles.load(context);
          for (const entry of entries) {
            const stored = context.store.get(entry.id);
            if (!stored) continue;
            // No digest: the next build reads the file again rather than keeping the glob loader's data.
            context.store.set({
              id: stored.id,
              data: parsed(entry),
              ...(stored.body === undefined ? {} : { body: stored.body }),
              ...(stored.filePath === undefined ? {} : { filePath: stored.filePath }),
              ...(stored.rendered === undefined ? {} : { rendered: stored.rendered }),
              ...(stored.deferredRender === undefined ? {} : { deferredRender: stored.deferredRender }),
              ...(stored.assetImports === undefined ? {} : { assetImports: stored.assetImports }),
            });
          }
          return;
        }
        const ids = new Set(entries.map((entry) => entry.id));
        for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
        for (const entry of entries) {
          context.store.set({ id: entry.id, data: parsed(entry), filePath: entry.file });
        }
      };
      await sync(false);
      // In `astro dev`: an edit anywhere in content/ may break a rule of another file, so every collection reads
      // again; a problem is shown in the browser's overlay and, once, in the terminal, with the same lines as the
      // build's. (The glob loader re-reads an edited article itself; its frontmatter is replaced once it has.)
      context.watcher?.on('all', (_event: string, path: string) => {
        if (!path.startsWith(join(root, 'content') + sep)) return;
        setTimeout(() => {
          sync(true).catch((caught: unknown) => context.logger.error((caught as Error).message));
        }, 200);
      });
    },
  };
}
