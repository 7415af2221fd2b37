/**
 * The page-weight budget: what a browser downloads for the first view of a
 * page (the HTML and everything it loads straight away: stylesheets and what
 * they import, scripts, fonts, images, icons), each file gzip-compressed on
 * its own as a server would send it, summed by kind. Read from `dist/`, so the
 * figure does not depend on a server; a browser test checks that the browser
 * requests nothing this list leaves out.
 */
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { resolvePath, stripBase } from './built-site.ts';
import { cssUrls } from './link-check.ts';

/** 1 KB = 1,024 bytes. The budget for an article page's first view. */
export const FIRST_VIEW_BUDGET = { total: 20 * 1024, js: 2 * 1024 } as const;
/**
 * What a server may send before the reader's first acknowledgement: ten TCP
 * segments of 1,460 bytes (an initial window of ten, RFC 6928). Issue 11's
 * target for an article page's first view; `npm run bench` prints the figure
 * against it, while `npm test` enforces FIRST_VIEW_BUDGET.
 */
export const ONE_ROUND_TRIP = 10 * 1460;
/** zlib's default level, what gzip and most servers use unless told otherwise. */
export const GZIP_LEVEL = 6;

export const RESOURCE_KINDS = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface Resource {
  /** The site path without the base: `/_astro/x.css`. */
  path: string;
  kind: ResourceKind;
}

export interface MeasuredResource extends Resource {
  file: string;
  bytes: number;
  gzip: number;
}

export interface FirstView {
  page: string;
  resources: MeasuredResource[];
  /** URLs the page loads that the site does not have, or that lie on another origin. */
  unresolved: string[];
  /** Files loaded only when the reader scrolls near them (lazy images): not in the totals. */
  deferred: MeasuredResource[];
  /**
   * Stylesheets for print only (`media="print"`): the browser fetches them at the lowest priority, without
   * holding up the first paint, and applies them only to print. Reported apart, outside the totals.
   */
  print: MeasuredResource[];
  byKind: Record<ResourceKind, { bytes: number; gzip: number }>;
  total: { bytes: number; gzip: number };
  /** The page's visible text, whitespace collapsed, and its gzip size. */
  text: { chars: number; gzip: number };
  /** First-view gzip bytes per gzip byte of the page's own visible text. */
  ratio: number;
}

export const gzipSize = (data: string | Uint8Array) => gzipSync(data, { level: GZIP_LEVEL }).length;

const KIND_BY_EXTENSION: Record<string, ResourceKind> = {
  html: 'html',
  css: 'css',
  js: 'js',
  mjs: 'js',
  woff: 'font',
  woff2: 'font',
  ttf: 'font',
  otf: 'font',
  eot: 'font',
  svg: 'image',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  avif: 'image',
  ico: 'image',
};

export function kindOfPath(path: string): ResourceKind {
  const extension = /\.([a-z0-9]+)$/i.exec(path.split(/[?#]/)[0]!)?.[1]?.toLowerCase() ?? '';
  return KIND_BY_EXTENSION[extension] ?? 'other';
}

/** Link relations a browser fetches while loading the page (not prefetch, which waits for idle time). */
const LOADED_RELS = new Set(['stylesheet', 'icon', 'preload', 'modulepreload', 'manifest']);

/**
 * The URLs a page's HTML makes the browser load, as written in the page:
 * `now` at once, `deferred` only when the reader scrolls near them (images
 * with `loading="lazy"`, and the `<source>` candidates of their `<picture>`).
 * Browsers load lazy images at once when scripting is off, so the deferred
 * ones are reported, not ignored. `print`: stylesheets for print only.
 */
export function pageResourceUrls(html: string): { now: string[]; deferred: string[]; print: string[] } {
  const { document } = parseHTML(html);
  const now: string[] = [];
  const deferred: string[] = [];
  const print: string[] = [];
  for (const link of Array.from(document.querySelectorAll('link[href]'))) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rels.some((rel) => LOADED_RELS.has(rel))) continue;
    const printOnly = rels.includes('stylesheet') && link.getAttribute('media')?.trim().toLowerCase() === 'print';
    (printOnly ? print : now).push(link.getAttribute('href')!);
  }
  const attributes: [string, string][] = [
    ['script[src]', 'src'],
    ['img[src]', 'src'],
    ['input[type="image"][src]', 'src'],
    ['video[poster]', 'poster'],
    ['iframe[src]', 'src'],
    ['embed[src]', 'src'],
    ['object[data]', 'data'],
  ];
  const isLazy = (element: Element) => element.getAttribute('loading')?.toLowerCase() === 'lazy';
  for (const [selector, attribute] of attributes) {
    for (const element of Array.from(document.querySelectorAll(selector))) {
      (isLazy(element) ? deferred : now).push(element.getAttribute(attribute)!);
    }
  }
  // A <picture> loads one candidate: its first matching <source>, else its <img>.
  // Which one depends on the screen, so every candidate of a lazy picture is deferred.
  for (const source of Array.from(document.querySelectorAll('picture > source[srcset]'))) {
    const img = source.parentElement!.querySelector('img');
    const urls = source
      .getAttribute('srcset')!
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/)[0]!)
      .filter(Boolean);
    (img && isLazy(img) ? deferred : now).push(...urls);
  }
  return { now, deferred, print };
}

const BLOCKS =
  'address, article, aside, blockquote, br, dd, details, div, dl, dt, figcaption, figure, footer, h1, h2, h3, h4, h5, h6, header, hr, li, main, nav, ol, p, pre, section, summary, table, td, th, tr, ul';

/**
 * The text a reader sees: the body without scripts, styles, templates, hidden
 * elements and text meant for screen readers only, with a space around each
 * block (where the browser's innerText would have a line break) and
 * whitespace collapsed.
 */
export function visibleText(html: string): string {
  const { document } = parseHTML(html);
  const body = document.querySelector('body');
  if (!body) return '';
  for (const element of Array.from(
    body.querySelectorAll('script, style, template, noscript, [hidden], [aria-hidden="true"], .visually-hidden'),
  )) {
    element.remove();
  }
  for (const block of Array.from(body.querySelectorAll(BLOCKS))) {
    block.before(document.createTextNode(' '));
    block.after(document.createTextNode(' '));
  }
  return (body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export interface SiteReader {
  files: ReadonlySet<string>;
  read: (file: string) => Uint8Array;
  base?: string;
}

/** Measures the first view of the page built as `file` (`articles/x/index.html`). */
export function measureFirstView(site: SiteReader, file: string): FirstView {
  const base = site.base ?? '/';
  const origin = 'http://site.invalid';
  const siteRoot = `${origin}${base.replace(/\/?$/, '/')}`;
  const html = Buffer.from(site.read(file)).toString('utf8');
  const resources: MeasuredResource[] = [];
  const seen = new Set<string>();
  const unresolved: string[] = [];

  const deferred: MeasuredResource[] = [];
  const deferredSeen = new Set<string>();
  const print: MeasuredResource[] = [];

  const add = (url: string, fromUrl: string, kind?: ResourceKind, later: false | 'deferred' | 'print' = false) => {
    const resolved = new URL(url, fromUrl);
    if (resolved.protocol === 'data:') return; // Counted in the file that carries it.
    const path = resolved.origin === origin ? stripBase(decodeURIComponent(resolved.pathname), base) : undefined;
    const target = path === undefined ? undefined : resolvePath(path, site.files);
    if (path === undefined || target === undefined) {
      unresolved.push(url);
      return;
    }
    if (later ? seen.has(target) || deferredSeen.has(target) : seen.has(target)) return;
    (later ? deferredSeen : seen).add(target);
    const data = site.read(target);
    const resource: MeasuredResource = {
      path,
      file: target,
      kind: kind ?? kindOfPath(target),
      bytes: data.length,
      gzip: gzipSize(data),
    };
    if (later) {
      (later === 'print' ? print : deferred).push(resource);
      return;
    }
    resources.push(resource);
    if (resource.kind === 'css') {
      const cssUrl = new URL(target, siteRoot).href;
      for (const inner of cssUrls(Buffer.from(data).toString('utf8'))) add(inner, cssUrl);
    }
  };

  const pageUrl = new URL(file, siteRoot).href;
  add(pageUrl, pageUrl, 'html');
  const urls = pageResourceUrls(html);
  for (const url of urls.now) add(url, pageUrl);
  // After everything loaded at once, so that a file the page also loads at once is not counted as deferred.
  for (const url of urls.deferred) add(url, pageUrl, undefined, 'deferred');
  for (const url of urls.print) add(url, pageUrl, 'css', 'print');

  const byKind = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, { bytes: 0, gzip: 0 }])) as FirstView['byKind'];
  for (const resource of resources) {
    byKind[resource.kind].bytes += resource.bytes;
    byKind[resource.kind].gzip += resource.gzip;
  }
  const total = {
    bytes: resources.reduce((sum, r) => sum + r.bytes, 0),
    gzip: resources.reduce((sum, r) => sum + r.gzip, 0),
  };
  const text = visibleText(html);
  const textGzip = gzipSize(text);
  return {
    page: file,
    resources,
    unresolved,
    deferred,
    print,
    byKind,
    total,
    text: { chars: text.length, gzip: textGzip },
    ratio: textGzip === 0 ? Number.POSITIVE_INFINITY : total.gzip / textGzip,
  };
}

/** What breaks the budget, in words; empty when the page is within it. */
export function budgetProblems(view: FirstView, budget: { total: number; js: number } = FIRST_VIEW_BUDGET): string[] {
  const problems: string[] = [];
  if (view.unresolved.length > 0)
    problems.push(`${view.page}: loads what the site does not have: ${view.unresolved.join(', ')}`);
  if (view.total.gzip > budget.total) {
    problems.push(`${view.page}: first view is ${view.total.gzip} bytes gzip, over the budget of ${budget.total}`);
  }
  if (view.byKind.js.gzip > budget.js) {
    problems.push(`${view.page}: JavaScript is ${view.byKind.js.gzip} bytes gzip, over the budget of ${budget.js}`);
  }
  return problems;
}
