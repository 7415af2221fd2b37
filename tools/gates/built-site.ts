/**
 * The built site in `dist/`, seen the way a static host serves it: which
 * files exist, which of them are pages, and which file answers a URL path.
 * The quality gates (links, validity, accessibility, page weight) use it to
 * cover every page the build wrote, without a hand-kept list.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltPage {
  /** The file, relative to the site's root, with forward slashes: `articles/x/index.html`. */
  file: string;
  /** The URL path that serves it, without the base: `/articles/x/`, `/`, `/404.html`. */
  path: string;
}

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length).replace(/\\/g, '/').replace(/^\/+/, ''))
    .sort();
}

/** The URL path a static host serves an HTML file at: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
export function pagePath(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** An article's own page (`/articles/x/`), not a page under it such as its places (`/articles/x/places/`). */
export function isArticlePage(path: string): boolean {
  return /^\/articles\/[^/]+\/$/.test(path);
}

/** Every HTML page of the site, ordered by URL path. */
export function listPages(files: Iterable<string>): BuiltPage[] {
  return [...files]
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, path: pagePath(file) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The file a static host answers a URL path with (the path without the base,
 * percent-decoded), or undefined when it would answer 404. `/a/` is
 * `a/index.html`; `/a` is the file `a`, else `a/index.html`, else `a.html`.
 */
export function resolvePath(path: string, files: ReadonlySet<string>): string | undefined {
  const rel = path.replace(/^\/+/, '');
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`, `${rel}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/** Strips the configured base (`/` or `/sub/`) from a URL path; undefined when the path lies outside it. */
export function stripBase(pathname: string, base = '/'): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (pathname === prefix.slice(0, -1)) return '/';
  if (!pathname.startsWith(prefix)) return undefined;
  return `/${pathname.slice(prefix.length)}`;
}

/** The built site read from disk: its files, pages and a reader for any file. */
export interface BuiltSite {
  dir: string;
  files: Set<string>;
  pages: BuiltPage[];
  read: (file: string) => Buffer;
  readText(file: string): string;
}

export function readBuiltSite(dir: string): BuiltSite {
  const files = listFiles(dir);
  return {
    dir,
    files: new Set(files),
    pages: listPages(files),
    read: (file) => readFileSync(join(dir, file)),
    readText: (file) => readFileSync(join(dir, file), 'utf8'),
  };
}
