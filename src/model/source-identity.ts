/**
 * A source is known by what it is, not by the name it is filed under: one
 * page has one canonical address (so it cannot be filed twice to count as two
 * sides), an address must name its real public host (no credentials before
 * an `@`, no IP literal, no private or local name), and a publisher's name
 * may not mix scripts or be a look-alike of another publisher's name (the
 * skeleton of Unicode TR39, from the `unhomoglyph` package's table of
 * confusables). Pure: the schemas (`schemas.ts`) and the cross-collection
 * check (`integrity.ts`) both use it, so the check and the build agree.
 */
import { domainToUnicode } from 'node:url';
import unhomoglyph from 'unhomoglyph';

/** Why an https address may not be cited, or undefined when it may. */
export function addressProblem(url: URL): string | undefined {
  if (url.username !== '' || url.password !== '') {
    return `"${url.href}" carries a user name or password before "@", which hides the real host (${url.hostname}): cite the page's own address`;
  }
  const host = url.hostname.toLowerCase();
  if (host.startsWith('[') || /^[\d.]+$/.test(host) || /^0x/i.test(host)) {
    return `"${url.href}" names its host by an IP address (${host}): cite the address with the publisher's domain name`;
  }
  if (
    /(^|\.)(localhost|local|localdomain|internal|intranet|lan|home|corp|private|test|example|invalid|onion)$/.test(
      host,
    ) ||
    host.endsWith('.home.arpa')
  ) {
    return `"${url.href}" names a private, local or reserved host (${host}) that readers cannot reach: cite the public address`;
  }
  // An internationalised host whose label mixes scripts ("tаss.com" with a Cyrillic "а", xn--ts-…) passes for another site.
  const label = domainToUnicode(host)
    .split('.')
    .find((part) => mixed(scriptsOf(part)));
  if (label !== undefined) {
    return `"${url.href}" names a host whose label "${label}" mixes ${scriptsOf(label).join(' and ')} letters, so it can pass for another site's: cite the page at the publisher's real address`;
  }
  return undefined;
}

/**
 * The key by which two addresses are the same page: scheme and `www.` aside,
 * host in lower case, no fragment, no tracking parameters, the remaining
 * parameters sorted, and no trailing slash, `/amp` or `index.html`.
 */
export function canonicalAddress(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address.trim();
  }
  const host = url.hostname.toLowerCase().replace(/^(www|m|amp|mobile)\./, '');
  const params = [...url.searchParams]
    .filter(([key]) => !/^(utm_|fbclid$|gclid$|ref$|amp$|output$)/i.test(key))
    .sort(([a], [b]) => a.localeCompare(b));
  const path = decodeURI(url.pathname)
    .replace(/\/(amp|index\.html?)$/i, '')
    .replace(/\/+$/, '');
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${path}${query}`;
}

const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Arabic',
  'Hebrew',
  'Georgian',
  'Cherokee',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
] as const;
/** Scripts that one writing system mixes by design, as TR39 allows: Japanese (Han with kana), Korean (Han with Hangul). */
const ONE_WRITING_SYSTEM = [new Set(['Han', 'Hiragana', 'Katakana']), new Set(['Han', 'Hangul'])];
/** True when the scripts are more than one writing system. */
const mixed = (scripts: string[]) =>
  scripts.length > 1 && !ONE_WRITING_SYSTEM.some((system) => scripts.every((script) => system.has(script)));
const scriptOf = (char: string): string | undefined =>
  SCRIPTS.find((script) => new RegExp(`\\p{Script=${script}}`, 'u').test(char)) ??
  (/\p{L}/u.test(char) && !/\p{Script=Common}|\p{Script=Inherited}/u.test(char) ? 'other' : undefined);

/** The scripts a name's letters are written in (Common and Inherited characters aside). */
export function scriptsOf(name: string): string[] {
  const found = new Set<string>();
  for (const char of name) {
    const script = scriptOf(char);
    if (script) found.add(script);
  }
  return [...found];
}

/** Why a publisher's name may not be used as written, or undefined. */
export function publisherNameProblem(name: string): string | undefined {
  const scripts = scriptsOf(name);
  if (mixed(scripts)) {
    const odd = [...name].filter((char) => scriptOf(char) !== undefined && scriptOf(char) !== scripts[0]);
    return `"${name}" mixes scripts (${scripts.join(' and ')}: ${odd
      .map((c) => `"${c}" U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
      .join(', ')}), so it can pass for another publisher: write the name in one script`;
  }
  return undefined;
}

/** The TR39 skeleton of a name, case and spacing folded: two names with one skeleton are one publisher to a reader. */
export function nameSkeleton(name: string): string {
  // The skeleton first, then case: lower-casing first turns a Cyrillic "Т" into "т", whose skeleton is "ᴛ", not "t",
  // so that an all-Cyrillic "ТАЅЅ" would not be TASS. Then once more, for look-alikes among lower-case letters.
  return unhomoglyph(unhomoglyph(name.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase())
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');
}
