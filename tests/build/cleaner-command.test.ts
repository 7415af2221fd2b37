/**
 * `npm run clean` as an editor runs it (tools/cleaner/clean.ts): --out writes
 * the draft with nothing of npm's in it; the address and the outlet come from
 * the scrape's provenance pin, never a default; a field nothing gives is left
 * empty and named; a scrape in another layout is refused, saying which layout
 * the cleaner reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'clean-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'content/raw'), { recursive: true });
mkdirSync(join(dir, 'content/articles'), { recursive: true });

const clean = (...args: string[]) =>
  spawnSync('npm', ['run', 'clean', '--prefix', ROOT, '--', ...args], { cwd: dir, encoding: 'utf8' });

describe('npm run clean', () => {
  it('writes the draft with --out, taking the address and the outlet from the pin', () => {
    writeFileSync(join(dir, 'content/raw/a.txt'), '12 Dec, 2016 16:32\nA headline\nThe standfirst.\nA paragraph.\n');
    writeFileSync(
      join(dir, 'content/raw/a.yaml'),
      'originalUrl: https://example.org/a\noutlet: Example Daily\ntaken: not recorded\n',
    );
    const run = clean(join(dir, 'content/raw/a.txt'), '--out', join(dir, 'content/articles/a.mdx'));
    expect(run.status, run.stderr).toBe(0);
    const mdx = readFileSync(join(dir, 'content/articles/a.mdx'), 'utf8');
    expect(mdx.startsWith('---\ntitle: "A headline"\n')).toBe(true);
    expect(mdx).not.toMatch(/^> /m);
    expect(mdx).toContain('outlet: "Example Daily"');
    expect(mdx).toContain('originalUrl: "https://example.org/a"');
    expect(mdx).toContain('section: ""');
    expect(run.stderr).toContain('clean: section left empty');
    expect(mdx).not.toContain('RT');
  });

  it('refuses a scrape in another layout, saying which layout it reads', () => {
    writeFileSync(join(dir, 'content/raw/b.txt'), 'Monday 12 December 2016\nA headline\nText.\n');
    const run = clean(join(dir, 'content/raw/b.txt'), '--out', join(dir, 'content/articles/b.mdx'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /line 1: expected the dateline.*The cleaner reads one layout, the layout of an RT article page/,
    );
  });

  it('refuses an option it does not know', () => {
    const run = clean(join(dir, 'content/raw/a.txt'), '--outt', 'x.mdx');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Unknown option '--outt'[\s\S]*usage: npm run clean/);
  });
});
