/**
 * The static half of the privacy gate: a page and its stylesheets must not
 * make a browser contact another origin. Links a reader chooses to follow are
 * not requests; anything fetched by itself (scripts, styles, fonts, images,
 * frames, preconnects) must come from the site. The browser half is in
 * e2e/gates/every-page.spec.ts, which records every request a page makes.
 */
import { parseHTML } from 'linkedom';
import { cssUrls } from './link-check.ts';

/** Link relations that make the browser contact the URL without a click. */
const FETCHING_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
  'prerender',
  'preconnect',
  'dns-prefetch',
  'pingback',
]);

const FETCHING_ATTRIBUTES: [string, string][] = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['iframe[src]', 'src'],
  ['frame[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['audio[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['track[src]', 'src'],
  ['input[src]', 'src'],
  ['use[href]', 'href'],
  ['image[href]', 'href'],
  ['a[ping]', 'ping'],
];

/** True for a URL that names an origin of its own (`https://…`, `//…`, `data:` is not one). */
export function isOffSite(url: string): boolean {
  const trimmed = url.trim();
  if (/^\/\//.test(trimmed)) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  return scheme !== undefined && scheme !== 'data';
}

/** Every URL in a page that the browser would fetch from another origin, as `element[attribute] url`. */
export function offSiteLoads(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  for (const link of Array.from(document.querySelectorAll('link[href]'))) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')!;
    if (rels.some((rel) => FETCHING_RELS.has(rel)) && isOffSite(href))
      found.push(`link[rel=${link.getAttribute('rel')}] ${href}`);
  }
  for (const [selector, attribute] of FETCHING_ATTRIBUTES) {
    for (const element of Array.from(document.querySelectorAll(selector))) {
      const value = element.getAttribute(attribute)!;
      const urls =
        attribute === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : value.split(/\s+/);
      for (const url of urls) if (url !== '' && isOffSite(url)) found.push(`${element.localName}[${attribute}] ${url}`);
    }
  }
  for (const style of Array.from(document.querySelectorAll('style'))) {
    for (const url of offSiteCssLoads(style.textContent ?? '')) found.push(`style ${url}`);
  }
  return found;
}

/** Every `url()` or `@import` in a stylesheet that points at another origin (web fonts from a CDN, say). */
export function offSiteCssLoads(css: string): string[] {
  return cssUrls(css).filter(isOffSite);
}
