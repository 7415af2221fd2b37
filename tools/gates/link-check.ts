/**
 * The link gate: every URL the built pages and stylesheets carry must lead
 * somewhere. A local URL must name a file the site has (under the configured
 * base) and, with a `#fragment`, an element with that id on the target page;
 * this covers the claim notes' back-links to the text. Any other URL must be
 * https (or mailto). Nothing is fetched: the check reads `dist/` only.
 */
import { parseHTML } from 'linkedom';
import { readBuiltSite, resolvePath, stripBase } from './built-site.ts';
import { siteUrl } from '~/site/site.ts';

export interface LinkProblem {
  /** The page or stylesheet carrying the URL, as a site path. */
  from: string;
  /** Where the URL sits: `a[href]`, `img[src]`, `css url()`. */
  where: string;
  url: string;
  problem: string;
}

export interface LinkCheckInput {
  /** Every HTML page, by the file it is built as (`articles/x/index.html`). */
  pages: { file: string; html: string }[];
  /** Every CSS file to check, by file. */
  stylesheets?: { file: string; css: string }[];
  /** Every file of the site (pages included), relative to its root. */
  files: ReadonlySet<string>;
  /** The base the site is built for (`/`, or `/sub/`). */
  base?: string;
  /**
   * The address the site is built for (Astro's `site`): absolute URLs to it,
   * such as canonical links, are the site's own and are checked like local ones.
   */
  site?: string;
}

/** The elements and attributes that carry a URL a reader follows or a browser fetches. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['source[src]', 'src'],
  ['track[src]', 'src'],
  ['audio[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['input[src]', 'src'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
];
const SRCSET_ELEMENTS = ['img[srcset]', 'source[srcset]'];
const SITE = 'http://site.invalid';

/** The ids a fragment can point at in a page: `id` attributes and `<a name>`. */
export function anchorsOf(document: Document): Set<string> {
  const anchors = new Set<string>();
  for (const element of Array.from(document.querySelectorAll('[id]'))) anchors.add(element.getAttribute('id')!);
  for (const element of Array.from(document.querySelectorAll('a[name]'))) anchors.add(element.getAttribute('name')!);
  return anchors;
}

/** The URLs in a stylesheet's `url()` and `@import`, in order. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(
    /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g,
  )) {
    urls.push((match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '').trim());
  }
  return urls;
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

export function checkLinks(input: LinkCheckInput): LinkProblem[] {
  const base = input.base ?? '/';
  const documents = new Map<string, Document>();
  for (const page of input.pages) documents.set(page.file, parseHTML(page.html).document);
  const anchorCache = new Map<string, Set<string>>();
  const anchorsIn = (file: string) => {
    let anchors = anchorCache.get(file);
    if (!anchors) {
      anchors = anchorsOf(documents.get(file)!);
      anchorCache.set(file, anchors);
    }
    return anchors;
  };

  const ownOrigin = input.site === undefined ? undefined : new URL(input.site).origin;
  const problems: LinkProblem[] = [];
  const check = (from: string, where: string, url: string, fromUrl: string): void => {
    const report = (problem: string): void => {
      problems.push({ from, where, url, problem });
    };
    if (url.trim() === '') return report('is empty');
    if (url === '#') return report('is a bare "#", which leads nowhere');
    if (/^\/\//.test(url)) return report('is protocol-relative; write https:// in full');
    if (ownOrigin !== undefined && url.startsWith(`${ownOrigin}/`)) url = url.slice(ownOrigin.length);
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    if (scheme !== undefined) {
      if (scheme === 'https' || scheme === 'mailto') return;
      // An image embedded in a stylesheet (Pagefind's icons) is not a link.
      if (scheme === 'data' && where === 'css url()' && url.startsWith('data:image/')) return;
      return report(`uses ${scheme}:, but links must be https`);
    }
    let resolved: URL;
    let path: string | undefined;
    let fragment: string;
    try {
      resolved = new URL(url, fromUrl);
      path = stripBase(decodeURIComponent(resolved.pathname), base);
      fragment = decodeURIComponent(resolved.hash.slice(1));
    } catch {
      return report('is not a valid URL');
    }
    if (path === undefined) return report(`lies outside the site's base ${base}`);
    const target = resolvePath(path, input.files);
    if (target === undefined) return report('leads to no file in the built site');
    if (resolved.hash === '' || !documents.has(target)) return;
    if (!anchorsIn(target).has(fragment)) report(`names #${fragment}, which ${target} does not have`);
  };

  const urlOf = (file: string) => `${SITE}${base.replace(/\/?$/, '/')}${file}`;
  for (const page of input.pages) {
    const document = documents.get(page.file)!;
    const baseHref = document.querySelector('base[href]')?.getAttribute('href');
    const pageUrl = baseHref ? new URL(baseHref, urlOf(page.file)).href : urlOf(page.file);
    for (const [selector, attribute] of URL_ATTRIBUTES) {
      for (const element of Array.from(document.querySelectorAll(selector))) {
        check(page.file, `${element.localName}[${attribute}]`, element.getAttribute(attribute)!, pageUrl);
      }
    }
    for (const selector of SRCSET_ELEMENTS) {
      for (const element of Array.from(document.querySelectorAll(selector))) {
        for (const url of srcsetUrls(element.getAttribute('srcset')!))
          check(page.file, `${element.localName}[srcset]`, url, pageUrl);
      }
    }
  }
  for (const sheet of input.stylesheets ?? []) {
    for (const url of cssUrls(sheet.css)) {
      check(sheet.file, 'css url()', url, urlOf(sheet.file));
    }
  }
  return problems;
}

/** Reads a built site from disk (`dist/`, or a build under a base path) and checks every page and stylesheet. */
export function checkBuiltSite(dir: string, base = '/', site = siteUrl()): LinkProblem[] {
  const built = readBuiltSite(dir);
  return checkLinks({
    pages: built.pages.map((page) => ({ file: page.file, html: built.readText(page.file) })),
    stylesheets: [...built.files]
      .filter((file) => file.endsWith('.css'))
      .map((file) => ({ file, css: built.readText(file) })),
    files: built.files,
    base,
    site,
  });
}

export function formatLinkProblem(p: LinkProblem): string {
  return `${p.from}: ${p.where} "${p.url}" ${p.problem}`;
}

export function formatLinkProblems(problems: LinkProblem[]): string {
  return problems.map(formatLinkProblem).join('\n');
}
