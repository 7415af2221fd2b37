/**
 * The internal link check: every link, asset and fragment a built page
 * refers to on this site must exist in the build, under the base path the
 * site is deployed at. External addresses are not fetched (the build has no
 * internet, and they are sources, checked by their own rules).
 *
 * `checkLinks(distDir, base)` reads every HTML and CSS file in the build and
 * returns one problem per broken reference, naming the file that holds it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

export interface LinkProblem {
  /** The file that holds the reference, relative to the working directory, e.g. `dist/index.html`. */
  file: string;
  line?: number | undefined;
  /** The reference as written, e.g. `/articles/x/#claim-y`. */
  url: string;
  message: string;
}

/** Attributes that hold one URL, by element. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
];
const SRCSET_SELECTORS = ['img[srcset]', 'source[srcset]'];
/** References that stay on the page that holds them without naming a target. */
const SELF = new Set(['', '#', '#top']);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The line of a reference, found as an attribute value (`="url"`) where possible. */
const lineAt = (text: string, url: string): number | undefined => {
  const quoted = [`="${url}"`, `='${url}'`, `=${url}`].map((needle) => text.indexOf(needle)).find((i) => i >= 0);
  const index = quoted ?? text.indexOf(url);
  return index < 0 ? undefined : text.slice(0, index).split('\n').length;
};

/** The site path (under the base, without it) of a built file: `articles/x/index.html` → `/articles/x/`. */
function pagePath(distDir: string, file: string): string {
  const path = `/${relative(distDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The built file a site path (without the base) is served from, or undefined. */
function resolveFile(distDir: string, sitePath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return undefined;
  }
  const candidate = join(distDir, ...decoded.split('/'));
  if (relative(distDir, candidate).startsWith('..')) return undefined;
  const options = decoded.endsWith('/')
    ? [join(candidate, 'index.html')]
    : [candidate, join(candidate, 'index.html'), `${candidate}.html`];
  return options.find((path) => existsSync(path) && statSync(path).isFile());
}

export function checkLinks(distDir: string, base = '/'): LinkProblem[] {
  const normalBase = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const files = walk(distDir);
  const display = (file: string) => relative(process.cwd(), file).split(sep).join('/');
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idsCache.get(file);
    if (!ids) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      ids = new Set(
        Array.from(document.querySelectorAll('[id], a[name]')).flatMap((element) =>
          [element.getAttribute('id'), element.getAttribute('name')].filter((v): v is string => !!v),
        ),
      );
      idsCache.set(file, ids);
    }
    return ids;
  };

  const problems: LinkProblem[] = [];
  const check = (file: string, text: string, url: string) => {
    const report = (message: string) => problems.push({ file: display(file), line: lineAt(text, url), url, message });
    const trimmed = url.trim();
    if (SELF.has(trimmed)) return;
    // Another site, or mail: not this check's business.
    if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return;
    const here = new URL(`http://site${normalBase}${pagePath(distDir, file).slice(1)}`);
    const target = new URL(trimmed, here);
    if (target.origin !== here.origin) return;
    if (!target.pathname.startsWith(normalBase) && `${target.pathname}/` !== normalBase) {
      report(
        `points outside the base path ${normalBase}, so it breaks when the site is deployed there; build the link with withBase() from src/lib/paths.ts`,
      );
      return;
    }
    const sitePath = `/${target.pathname.slice(normalBase.length)}`;
    const targetFile = resolveFile(distDir, sitePath);
    if (!targetFile) {
      report(`no file in the build answers ${target.pathname}`);
      return;
    }
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment && !SELF.has(`#${fragment}`) && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) {
      report(`${targetFile === file ? 'this page' : display(targetFile)} has no element with id="${fragment}"`);
    }
  };

  for (const file of files) {
    if (file.endsWith('.html')) {
      const text = readFileSync(file, 'utf8');
      const { document } = parseHTML(text);
      for (const [selector, attribute] of URL_ATTRIBUTES) {
        for (const element of Array.from(document.querySelectorAll(selector)))
          check(file, text, element.getAttribute(attribute) ?? '');
      }
      for (const selector of SRCSET_SELECTORS) {
        for (const element of Array.from(document.querySelectorAll(selector))) {
          for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
            const url = candidate.trim().split(/\s+/)[0];
            if (url) check(file, text, url);
          }
        }
      }
      for (const element of Array.from(document.querySelectorAll('meta[http-equiv="refresh" i]'))) {
        const url = /url\s*=\s*['"]?([^'"]+)/i.exec(element.getAttribute('content') ?? '')?.[1];
        if (url) check(file, text, url);
      }
    } else if (file.endsWith('.css')) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        if (!match[2]!.startsWith('data:')) check(file, text, match[2]!);
      }
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** `file:line → url: message`. */
export function formatLinkProblem(problem: LinkProblem): string {
  const at = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${at} → ${problem.url}: ${problem.message}`;
}
