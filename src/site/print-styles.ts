/**
 * The print edition's stylesheets. Every page links one with media="print"
 * (BaseLayout): the rules of src/styles/print.css, and, where the site has a
 * deployed address, the full address after each internal link to another
 * page, so that a printed page says where its links lead (not links within a
 * page: a note's number). An article page's adds a running head and, for each
 * endnote, its sources (publisher, date and address) and its claim
 * page's address as generated content: on screen the sources are on the
 * claim's page, and the article page's first view, which the print stylesheet
 * is not part of (the browser fetches it after drawing the page), fits one
 * round trip only without them.
 */
import { formatPartialDate } from '~/model/dates.ts';
import { UNDATED } from '~/model/schemas.ts';

/**
 * A CSS string holding `text` exactly: quotes and backslashes escaped, line
 * breaks written `\A`, and every character outside printable ASCII as a hex
 * escape, so the stylesheet reads the same whatever charset it is served with.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (code >= 0x20 && code < 0x7f) out += char;
    else out += `\\${code.toString(16)} `;
  }
  return `${out}"`;
}

/**
 * Every page's print stylesheet: `rules` (src/styles/print.css, which the endpoints import as text) without
 * their comments, and, under the deployed address (SITE_URL), each internal link to another page followed by its
 * full address. Where none is set nothing follows: a site path in angle brackets means nothing on paper, and no
 * printed page names localhost.
 */
export function sitePrintStyles(rules: string, site: URL | string | undefined): string {
  const css = `${rules.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n{2,}/g, '\n')}\n`;
  if (!site) return css;
  const origin = cssString(new URL(site).origin);
  return css + `main a[href^="/"]::after{content:" (" ${origin} attr(href) ")";overflow-wrap:anywhere}\n`;
}

export interface PrintedArticle {
  title: string;
  /** The date as the running head gives it. */
  date: string;
  /** The article page's full address, where SITE_URL is set. */
  address?: string | undefined;
}

export interface PrintedNote {
  /** The claim's id: its endnote is `#claim-<id>`. */
  id: string;
  /** The claim page's full address, where SITE_URL is set. */
  claimPage?: string | undefined;
  sources: { publisher: string; title: string; published: string; url: string }[];
}

/**
 * An article page's print stylesheet: every page's; a running head on every sheet (the title on the left, the
 * date on the right) and at its foot, where SITE_URL is set, the edition's address (the page's number is every
 * page's, in print.css); and after each endnote its sources with their addresses and its claim page's address.
 */
export function articlePrintStyles(
  rules: string,
  site: URL | string | undefined,
  article: PrintedArticle,
  notes: PrintedNote[],
): string {
  const address = article.address ? `@bottom-left{content:${cssString(article.address)}}` : '';
  const head = `@page{@top-left{content:${cssString(article.title)}}@top-right{content:${cssString(article.date)}}${address}}\n`;
  const noteRules = notes.map(({ id, claimPage, sources }) => {
    const cited = sources.map(
      (s) =>
        // The outlet and the date, then the address: the title is on the claim's page (the notes took 6 of 9 pages).
        `\u2022 ${s.publisher}${s.published === UNDATED ? '' : `, ${formatPartialDate(s.published)}`}: ${s.url}`,
    );
    const heading = sources.length === 1 ? 'Source' : 'Sources';
    const page = claimPage ? `\nWhy, on the claim\u2019s page: ${claimPage}` : '';
    return `#claim-${id}::after{content:${cssString(`${heading}:\n${cited.join('\n')}${page}`)}}\n`;
  });
  return sitePrintStyles(rules, site) + head + noteRules.join('');
}
