/**
 * The security-header gate: public/_headers gives every page a strict
 * Content-Security-Policy and the other headers the issue names, and every
 * built page carries the same policy in a <meta>, first in its <head>; any
 * inline script or style would need its hash in both. e2e/gates/every-page.spec.ts
 * loads the pages with these headers applied and watches for violations.
 */
import { describe, expect, it } from 'vitest';
import {
  DEV_POLICY,
  HEADER_ONLY_DIRECTIVES,
  PAGE_POLICY,
  REQUIRED_HEADERS,
  cspHash,
  cspProblems,
  headersFor,
  parseCsp,
  parseHeadersFile,
} from '~/site/security-headers.ts';
import { readProjectFile } from '../../support/helpers.ts';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'";

describe('parseHeadersFile and headersFor', () => {
  const rules = parseHeadersFile('# note\n/*\n  X-A: 1\n  X-B: 2\n\n/_astro/*\n  X-B: 3\n');
  it('applies every matching rule, later ones winning', () => {
    expect(Object.fromEntries(headersFor(rules, '/_astro/a.css'))).toEqual({ 'x-a': '1', 'x-b': '3' });
    expect(Object.fromEntries(headersFor(rules, '/articles/x/'))).toEqual({ 'x-a': '1', 'x-b': '2' });
  });
  it('rejects a header outside a path and a header set twice', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/*\n  X-A: 1\n  x-a: 2\n')).toThrow(/set twice/);
  });
});

describe('cspProblems', () => {
  it('passes a policy that allows only the site itself', () => {
    expect(parseCsp(STRICT).get('script-src')).toEqual(["'self'"]);
    expect(cspProblems(`${STRICT}; script-src-elem 'self' 'sha256-${'A'.repeat(43)}='`)).toEqual([]);
  });
  it('refuses inline script without a hash, eval, other origins and missing basics', () => {
    expect(
      cspProblems("script-src 'self' 'unsafe-inline' 'unsafe-eval' https://cdn.example.org; img-src data: https:"),
    ).toEqual([
      'has no default-src',
      "needs object-src 'none'",
      'has no base-uri',
      "script-src allows inline script without a hash ('unsafe-inline')",
      "script-src allows 'unsafe-eval'",
      'script-src allows https://cdn.example.org, which is not this site',
      'img-src allows data:, which is not this site',
      'img-src allows https:, which is not this site',
    ]);
  });
  it('asks a header for frame-ancestors, which a <meta> policy cannot carry', () => {
    expect(cspProblems(STRICT, { header: true })).toEqual([
      "needs frame-ancestors 'none' or 'self' (only a header can carry it)",
    ]);
    expect(cspProblems(`${STRICT}; frame-ancestors 'none'`, { header: true })).toEqual([]);
  });
  it('hashes like the browser does', () => {
    // The example from the CSP specification's tests: alert('Hello, world.');
    expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });
});

const rules = parseHeadersFile(readProjectFile('public/_headers'));
const headerPolicy = headersFor(rules, '/').get('content-security-policy') ?? '';

describe('public/_headers', () => {
  it.each(['/', '/articles/x/', '/404.html', '/_astro/a.css'])(
    'gives %s every required header, each strict',
    (path) => {
      const headers = headersFor(rules, path);
      for (const [name, isGood] of Object.entries(REQUIRED_HEADERS)) {
        expect(headers.get(name), name).toBeDefined();
        expect(isGood(headers.get(name)!), `${name}: ${headers.get(name)}`).toBe(true);
      }
    },
  );
  it('has a policy with nothing to object to', () => {
    expect(cspProblems(headerPolicy, { header: true })).toEqual([]);
  });
  it('sends the pages’ own policy, plus only what a header alone can carry', () => {
    const header = parseCsp(headerPolicy);
    for (const directive of HEADER_ONLY_DIRECTIVES) header.delete(directive);
    expect(Object.fromEntries(header)).toEqual(Object.fromEntries(parseCsp(PAGE_POLICY)));
    expect(cspProblems(PAGE_POLICY)).toEqual([]);
  });
});

describe('DEV_POLICY (astro dev only; every built page carries PAGE_POLICY: tests/site/security-headers.test.ts)', () => {
  it('loosens only what the dev server injects: inline scripts and styles, no other origin', () => {
    expect(cspProblems(DEV_POLICY)).toEqual([
      "script-src allows inline script without a hash ('unsafe-inline')",
      "style-src allows 'unsafe-inline'",
    ]);
    const dev = parseCsp(DEV_POLICY);
    const page = parseCsp(PAGE_POLICY);
    for (const [directive, sources] of page) {
      if (directive === 'upgrade-insecure-requests') continue; // the dev server speaks http
      expect(
        dev.get(directive)?.filter((source) => source !== "'unsafe-inline'"),
        directive,
      ).toEqual(sources);
    }
    expect([...dev.keys()].filter((directive) => !page.has(directive))).toEqual([]);
  });
  it('is chosen by the page shell only when import.meta.env.DEV', () => {
    expect(readProjectFile('src/layouts/BaseLayout.astro')).toContain(
      'content={import.meta.env.DEV ? DEV_POLICY : PAGE_POLICY}',
    );
  });
});
