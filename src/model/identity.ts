/**
 * What makes two sources one: the page's address and the publisher's name,
 * compared by identity rather than as written. An address is reduced to a
 * key (host without case or `www.`/`m.`/`amp.`, no default port, no
 * fragment, no trailing slash, `/amp` or `index.html`, no tracking
 * parameters, the others in order), so that one page cannot be filed twice;
 * an address that hides its host (credentials, a host name mixing scripts)
 * or names a machine rather than a site (an IP literal, a local or private
 * name) is refused. A publisher's name is
 * compared by its confusable skeleton (Unicode TR39, from the kept library
 * `unhomoglyph`, which carries TR39's confusables table), so that "TАSS"
 * with a Cyrillic А is TASS; and a name mixing scripts is refused. The
 * script test is hand-written: a few Unicode Script_Extensions regular
 * expressions, which no small kept library offers on its own.
 */
import { domainToUnicode } from 'node:url';
import unhomoglyph from 'unhomoglyph';

/** The key under which two addresses are the same page; undefined for what is not a URL. */
export function addressKey(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  // The same site's mobile and AMP hosts (m., amp., mobile.) and www. are one host.
  const host = url.hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^(?:(?:www|m|amp|mobile)\.)+(?=[^.]+\.[^.]+)/, '');
  // An AMP copy (/amp, /amp/, ?amp, amp=1) and an index file are the page itself.
  const path = url.pathname
    .replace(/\/index\.html?$/i, '/')
    .replace(/\/amp\/?$/i, '')
    .replace(/\/+$/, '');
  // Tracking parameters do not make another page; the others are compared in order of name.
  const params = [...url.searchParams]
    .filter(([name]) => !/^(?:utm_.*|fbclid|gclid|yclid|mc_[a-z]+|amp|outputType)$/i.test(name))
    .sort(([a], [b]) => a.localeCompare(b));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  // new URL() has already dropped the default port and lower-cased the scheme and host.
  return `${host}${url.port ? `:${url.port}` : ''}${path}${query}`;
}

/** Host names that are not a public site's. */
const LOCAL_HOST = /(^|\.)(localhost|local|internal|intranet|lan|home|corp|private|test|invalid|example|onion|arpa)$/i;

/** Why an address may not be cited (credentials, an IP literal, a local or private host); undefined when fine. */
export function addressProblem(url: URL): string | undefined {
  if (url.username !== '' || url.password !== '') {
    return `carries credentials before "@", which hide its real host (${url.hostname}): cite the page's own address`;
  }
  if (/^\[.*\]$/.test(url.hostname) || /^[\d.]+$/.test(url.hostname)) {
    return `names its host by IP address (${url.hostname}), not by a public site's name: cite the page at its site's address`;
  }
  // An internationalised host whose labels mix scripts (a Cyrillic "а" in "tаss.com") passes for another site.
  const mixed = domainToUnicode(url.hostname)
    .split('.')
    .map((label) => ({ label, scripts: mixedScripts(label) }))
    .find(({ scripts }) => scripts !== undefined);
  if (mixed) {
    return `names a host whose name mixes ${mixed.scripts!.join(' and ')} letters ("${mixed.label}"), so it can pass for another site: cite the page at its site's real address`;
  }
  if (LOCAL_HOST.test(url.hostname.replace(/\.$/, ''))) {
    return `names a local or private host (${url.hostname}), which readers cannot reach: cite the page at its public address`;
  }
  return undefined;
}

/** TR39 skeleton of a name, case and spacing aside: two names with one skeleton are one publisher. */
export function skeleton(name: string): string {
  return unhomoglyph(name.normalize('NFD')).normalize('NFD').toLowerCase().replace(/\s+/g, ' ').trim();
}

const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script_Extensions=Latin}/u],
  ['Cyrillic', /\p{Script_Extensions=Cyrillic}/u],
  ['Greek', /\p{Script_Extensions=Greek}/u],
  ['Arabic', /\p{Script_Extensions=Arabic}/u],
  ['Hebrew', /\p{Script_Extensions=Hebrew}/u],
  ['Armenian', /\p{Script_Extensions=Armenian}/u],
  ['Georgian', /\p{Script_Extensions=Georgian}/u],
  ['Han', /\p{Script_Extensions=Han}/u],
  ['Hiragana', /\p{Script_Extensions=Hiragana}/u],
  ['Katakana', /\p{Script_Extensions=Katakana}/u],
  ['Hangul', /\p{Script_Extensions=Hangul}/u],
  ['Devanagari', /\p{Script_Extensions=Devanagari}/u],
  ['Thai', /\p{Script_Extensions=Thai}/u],
];

/**
 * The scripts a name mixes, when its letters share none (TR39's "single script" test: Common and Inherited
 * characters such as digits and punctuation count for every script); undefined when it is written in one.
 * Japanese (Han with kana) and Korean (Han with Hangul) are one writing system each, as TR39 allows.
 */
export function mixedScripts(name: string): string[] | undefined {
  let shared: Set<string> | undefined;
  const seen = new Set<string>();
  for (const char of name) {
    if (!/\p{L}|\p{M}/u.test(char) || /\p{Script=Common}|\p{Script=Inherited}/u.test(char)) continue;
    let scripts = SCRIPTS.filter(([, pattern]) => pattern.test(char)).map(([script]) => script);
    if (scripts.length === 0) scripts = ['another script'];
    if (scripts.some((s) => ['Han', 'Hiragana', 'Katakana'].includes(s))) scripts.push('Japanese');
    if (scripts.some((s) => ['Han', 'Hangul'].includes(s))) scripts.push('Korean');
    scripts.forEach((script) => seen.add(script));
    shared = new Set(shared === undefined ? scripts : scripts.filter((script) => shared!.has(script)));
  }
  if (shared === undefined || shared.size > 0) return undefined;
  return [...seen].filter((s) => s !== 'Japanese' && s !== 'Korean');
}
