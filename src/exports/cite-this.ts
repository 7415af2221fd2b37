/**
 * "Cite this": a plain-text citation and a BibTeX entry for the edition and
 * for each claim page, with the stable address and the last-changed date.
 * Hand-written because the two formats needed are a few fields each: a
 * citation library (citation-js and its plugins) would bring a large
 * dependency tree for two strings.
 */
import { formatPartialDate } from '~/model/dates.ts';

export interface Citable {
  /** BibTeX key: lower-case letters, digits and hyphens. */
  key: string;
  /** The work's author, an organisation (the edition). */
  author: string;
  title: string;
  /** What it is part of, e.g. the edition's name with the article's headline. */
  container?: string | undefined;
  url: string;
  /** `YYYY-MM-DD`: when the content last changed. */
  changed: string;
}

/** `Author. “Title.” Container. Last changed 12 December 2016. <url>` */
export function plainCitation(work: Citable): string {
  const container = work.container ? ` ${work.container}.` : '';
  const title = /[.?!]$/.test(work.title) ? work.title : `${work.title}.`;
  return `${work.author}. “${title}”${container} Last changed ${formatPartialDate(work.changed)}. ${work.url}`;
}

/** Escapes the characters BibTeX treats as special, so a title cannot break the entry. */
export function bibtexEscape(value: string): string {
  const special: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '~': '\\textasciitilde{}',
    '^': '\\textasciicircum{}',
  };
  // One pass, so that the braces an escape adds are not escaped in turn.
  return value.replace(/[\\~^{}&%$#_]/g, (c) => special[c] ?? `\\${c}`);
}

export function bibtex(work: Citable): string {
  if (!/^[a-z0-9-]+$/.test(work.key)) throw new Error(`"${work.key}" is not a BibTeX key this edition uses`);
  const [year = '', month = ''] = work.changed.split('-');
  const fields: [string, string][] = [
    // Double braces: an organisation's name is not split into first and last names.
    ['author', `{${bibtexEscape(work.author)}}`],
    ['title', bibtexEscape(work.title)],
    ...(work.container ? ([['howpublished', bibtexEscape(work.container)]] as [string, string][]) : []),
    ['year', year],
    ['month', month],
    ['url', work.url],
    ['note', `Last changed ${work.changed}`],
  ];
  const body = fields
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@misc{${work.key},\n${body}\n}`;
}
