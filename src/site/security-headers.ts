/**
 * The security-header gate: reads `public/_headers` (the format Netlify and
 * Cloudflare Pages share: a path pattern, then indented `Name: value` lines)
 * and Content-Security-Policy strings, and says what in them is too loose.
 */
import { createHash } from 'node:crypto';

/**
 * The policy every page carries in a `<meta>`, first in its `<head>` so that
 * it governs everything after it: the site itself and nothing else, no inline
 * script or style at all (the site has none: scripts and styles are files),
 * WebAssembly only for Pagefind's search. `public/_headers` sends the same
 * policy plus what only a header can carry (`frame-ancestors`); a test checks
 * that the two agree.
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  'upgrade-insecure-requests',
].join('; ');

/**
 * The policy of `astro dev` only, never of the built site: the dev server
 * injects what the build does not (each stylesheet as an inline `<style>`
 * that hot reload can swap, the Vite client and the dev toolbar as inline
 * module scripts, and inline style attributes in its overlays), which
 * PAGE_POLICY rightly refuses, leaving the page unstyled with dozens of
 * violations in the console. Still no other origin: the hot-reload socket
 * is the page's own host (`'self'` covers `ws:` to it). BaseLayout picks it
 * when `import.meta.env.DEV`; tests/site/security-headers.test.ts proves
 * every built page carries PAGE_POLICY.
 */
export const DEV_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Directives a `<meta>` policy cannot carry (browsers ignore them there). */
export const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export interface HeaderRule {
  pattern: string;
  headers: Map<string, string>;
}

/** Parses a `_headers` file. Header names are lower-cased; a repeated header is an error. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: new Map() });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!rule || !match)
      throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path: ${line.trim()}`);
    const name = match[1]!.toLowerCase();
    if (rule.headers.has(name))
      throw new Error(`_headers line ${index + 1}: ${match[1]} is set twice for ${rule.pattern}`);
    rule.headers.set(name, match[2]!.trim());
  }
  return rules;
}

/** The headers a path gets: every rule whose pattern matches (`*` matches anything), later rules winning. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    const pattern = new RegExp(
      `^${rule.pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (pattern.test(path)) for (const [name, value] of rule.headers) result.set(name, value);
  }
  return result;
}

/** A policy as directive → its sources, in order. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

const SCRIPT_DIRECTIVES = ['script-src', 'script-src-elem', 'script-src-attr'];
// 'strict-dynamic' is left out: it lets a trusted script load scripts from anywhere.
const KEYWORDS = new Set(["'self'", "'none'", "'report-sample'", "'wasm-unsafe-eval'"]);

/**
 * What makes a policy looser than this site allows: no `default-src`, scripts
 * or styles inline without a hash, eval, or any source other than the site
 * itself (a host, a scheme such as `https:` or `data:`, a wildcard).
 * With `header`, it also asks for what only a header can carry (frame-ancestors).
 */
export function cspProblems(policy: string, options: { header?: boolean } = {}): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  if (!csp.has('default-src')) problems.push('has no default-src');
  if (!csp.has('object-src') && !csp.get('default-src')?.includes("'none'")) problems.push("needs object-src 'none'");
  if (!csp.has('base-uri')) problems.push('has no base-uri');
  for (const [directive, sources] of csp) {
    for (const source of sources) {
      const lower = source.toLowerCase();
      if (lower === "'unsafe-inline'") {
        if (SCRIPT_DIRECTIVES.includes(directive) || directive === 'default-src') {
          problems.push(`${directive} allows inline script without a hash ('unsafe-inline')`);
        } else {
          problems.push(`${directive} allows 'unsafe-inline'`);
        }
      } else if (lower === "'unsafe-eval'" || lower === "'unsafe-hashes'") {
        problems.push(`${directive} allows ${source}`);
      } else if (/^'(sha256|sha384|sha512)-[A-Za-z0-9+/]+={0,2}'$/.test(source)) {
        // A hash allows exactly one inline script or style.
      } else if (/^'nonce-/.test(lower)) {
        problems.push(`${directive} uses a nonce, which a static site cannot renew per response`);
      } else if (!KEYWORDS.has(lower)) {
        problems.push(`${directive} allows ${source}, which is not this site`);
      }
    }
  }
  if (options.header) {
    const ancestors = csp.get('frame-ancestors');
    if (!ancestors || !(ancestors.length === 1 && ["'none'", "'self'"].includes(ancestors[0]!))) {
      problems.push("needs frame-ancestors 'none' or 'self' (only a header can carry it)");
    }
  }
  return problems;
}

/** The CSP source expression that allows one inline script or style with this exact text. */
export function cspHash(content: string, algorithm: 'sha256' | 'sha384' | 'sha512' = 'sha256'): string {
  return `'${algorithm}-${createHash(algorithm).update(content, 'utf8').digest('base64')}'`;
}

/** The headers every page must get from `public/_headers`, and what each value must be. */
export const REQUIRED_HEADERS: Record<string, (value: string) => boolean> = {
  'content-security-policy': (value) => cspProblems(value, { header: true }).length === 0,
  'x-content-type-options': (value) => value.toLowerCase() === 'nosniff',
  'referrer-policy': (value) =>
    ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(value.toLowerCase()),
  'permissions-policy': (value) => /\w+=\(\)/.test(value),
};
