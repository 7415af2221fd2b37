/**
 * The print edition's stylesheets. Every page links one with media="print"
 * (BaseLayout): the rules of src/styles/print.css, and the site's address
 * before the address of each internal link to another page, so that a printed
 * page says where its links lead (not links within a page: a note's number). An article page's adds, for each endnote, the claim in one sentence
 * and its sources (publisher, title, date and address) as generated content:
 * on screen the sentence stands beside its mark and the sources on the
 * claim's page, and the article page's first view, which the print
 * stylesheet is not part of (the browser fetches it after drawing the page),
 * fits one round trip only without them.
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
 * their comments, and internal links followed by their address: absolute under the deployed address (SITE_URL),
 * the path alone where none is set, so that no printed page names localhost.
 */
export function sitePrintStyles(rules: string, site: URL | string | undefined): string {
  const origin = site ? `${cssString(new URL(site).origin)} ` : '';
  return (
    `${rules.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n{2,}/g, '\n')}\n` +
    `main a[href^="/"]:not([href*="#"])::after{content:" <" ${origin}attr(href) ">";overflow-wrap:anywhere}\n`
  );
}

export interface PrintedNote {
  /** The claim's id: its endnote is `#claim-<id>`. */
  id: string;
  claim: string;
  sources: { publisher: string; title: string; published: string; url: string }[];
}

/** An article page's print stylesheet: every page's, and each endnote's claim and sources. */
export function articlePrintStyles(rules: string, site: URL | string | undefined, notes: PrintedNote[]): string {
  const noteRules = notes.map(({ id, claim, sources }) => {
    const cited = sources.map(
      (s) =>
        `\u2022 ${s.publisher}, \u201c${s.title}\u201d${s.published === UNDATED ? '' : `, ${formatPartialDate(s.published)}`}: ${s.url}`,
    );
    const heading = sources.length === 1 ? 'Source' : 'Sources';
    return (
      `#claim-${id}::before{content:${cssString(claim)}}\n` +
      `#claim-${id}::after{content:${cssString(`${heading}:\n${cited.join('\n')}`)}}\n`
    );
  });
  return sitePrintStyles(rules, site) + noteRules.join('');
}
