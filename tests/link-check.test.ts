import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblem } from '../src/lib/link-check.ts';
import { ROOT } from './helpers.ts';

const workDir = mkdtempSync(join(tmpdir(), 'link-check-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  const dir = join(workDir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body: string) =>
  `<!doctype html><html><head><link rel="stylesheet" href="/base/_astro/a.css"></head><body>${body}</body></html>`;

describe('checkLinks', () => {
  const good = () =>
    site('good', {
      'index.html': page(
        '<a href="/base/">home</a> <a href="/base/articles/x/#note-1">note</a> <a href="articles/x/">relative</a> <a href="#top">top</a> <a href="https://example.org/">out</a> <a href="mailto:a@example.org">mail</a>',
      ),
      'articles/x/index.html': page(
        '<p id="note-1">Note</p><a href="#note-1">self</a><a href="../../">up</a><img src="/base/favicon.svg" srcset="/base/favicon.svg 1x, /base/favicon.svg 2x">',
      ),
      '_astro/a.css': 'body{background:url(../favicon.svg)} i{background:url("data:image/png;base64,AA==")}',
      'favicon.svg': '<svg/>',
    });

  it('passes links, assets, fragments and relative links that resolve under the base', () => {
    expect(checkLinks(good(), '/base/')).toEqual([]);
  });

  it('reports a missing page, a missing fragment, a missing asset and a link outside the base, each with its file', () => {
    const dir = site('bad', {
      'index.html': page(
        '<a href="/base/gone/">gone</a>\n<a href="/base/articles/x/#nope">nope</a>\n<a href="/articles/x/">no base</a>\n<a href="#missing">missing</a>',
      ),
      'articles/x/index.html': page('<p id="note-1">Note</p><img src="/base/missing.png">'),
    });
    const problems = checkLinks(dir, '/base/').map((p) => ({ ...p, file: relative(dir, join(process.cwd(), p.file)) }));
    expect(problems.map((p) => `${p.file}:${p.line ?? ''} ${p.url}`)).toEqual([
      'articles/x/index.html:1 /base/_astro/a.css',
      'articles/x/index.html:1 /base/missing.png',
      'index.html:1 /base/gone/',
      'index.html:1 /base/_astro/a.css',
      'index.html:2 /base/articles/x/#nope',
      'index.html:3 /articles/x/',
      'index.html:4 #missing',
    ]);
    expect(problems[4]!.message).toMatch(/articles\/x\/index\.html has no element with id="nope"/);
    expect(problems[5]!.message).toMatch(/outside the base path \/base\//);
    expect(problems[6]!.message).toBe('this page has no element with id="missing"');
    expect(formatLinkProblem(problems[2]!)).toMatch(
      /^index\.html:1 → \/base\/gone\/: no file in the build answers \/base\/gone\/$/,
    );
  });

  it('treats every base the same way, with or without slashes', () => {
    const dir = good();
    expect(checkLinks(dir, 'base')).toEqual([]);
    expect(checkLinks(dir, '/').length).toBeGreaterThan(0);
  });
});

// The built sites: `npm test` builds both before the unit tests and sets REQUIRE_BUILT_SITE.
describe.each([
  ['dist', '/'],
  ['dist-base', '/annotated-edition/'],
])('the built site in %s (base %s)', (dir, base) => {
  const path = join(ROOT, dir);
  it.runIf(existsSync(path) || process.env.REQUIRE_BUILT_SITE)('has no broken internal link, asset or fragment', () => {
    expect(existsSync(path)).toBe(true);
    expect(checkLinks(path, base).map(formatLinkProblem)).toEqual([]);
  });
});
