/**
 * A second article end to end (issue 32): the fixture in
 * tests/fixtures/second-article, a short text written for the purpose and
 * added through the steps of CONTRIBUTING.md ("Adding another article": its
 * scrape and pin, `npm run clean -- … --out`, then its speaker, claim,
 * event, source and place), is laid over a temporary copy of the project,
 * which must pass the check and build with the text's own claims, timeline
 * and map, beside the first article's. Its place lies in Paris, far outside
 * the first article's region. The published site keeps its one article.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { ROOT } from '../support/helpers.ts';
import { astroBuild, prepareCopy, runCheckWith } from '../support/spawn.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/second-article');
const SECOND = 'unesco-house-sample';
const FIRST = 'decamped-from-mosul';
const dir = mkdtempSync(join(tmpdir(), 'second-article-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');

describe('a second article, added as CONTRIBUTING.md says', () => {
  let build: { status: number | null; output: string };
  beforeAll(async () => {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    }
    cpSync(join(FIXTURE, 'content'), join(dir, 'content'), { recursive: true });
    prepareCopy(dir);
    build = await astroBuild(dir, 540_000);
  }, 600_000);

  it('is not part of the published site, which keeps its one article', () => {
    expect(readdirSync(join(ROOT, 'content/articles'))).toEqual([`${FIRST}.mdx`]);
    expect(existsSync(join(ROOT, 'content/raw', `${SECOND}.txt`))).toBe(false);
  });

  it('passes the check, weight aside (a copy with two articles)', () => {
    const run = runCheckWith(dir, ['--content', '--no-weight']);
    expect(run.stdout, run.stdout).toContain('✓ content:');
    expect(run.status, run.stdout).toBe(0);
  });

  it('builds, with its own page, claim, timeline entry and map beside the first article’s', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const second = page(`articles/${SECOND}/index.html`);
    expect(second).toContain('UNESCO Headquarters, in Paris, was inaugurated on 3 November 1958');
    expect(second).toContain(`/claims/unesco-house-inaugurated/`);
    expect(page(`articles/${FIRST}/index.html`)).not.toContain('unesco-house-inaugurated');
    expect(page('claims/unesco-house-inaugurated/index.html')).toContain('Wikipedia');
    // The timeline holds both articles' events.
    const timeline = page('timeline/index.html');
    expect(timeline).toContain('UNESCO Headquarters is inaugurated');
    expect(timeline).toContain('Aleppo');
  });

  it('draws its map around its own place, anywhere on earth, and leaves the first article’s alone', () => {
    const places = page(`articles/${SECOND}/places/index.html`);
    expect(places).toContain('Paris');
    const map = page(`maps/${SECOND}.svg`);
    expect(map).toMatch(/France and their neighbours/);
    expect(map).toContain('Paris');
    expect(map).not.toContain('Palmyra');
    const first = page(`maps/${FIRST}.svg`);
    expect(first).toMatch(/Syria, Iraq and their neighbours|Iraq, Syria and their neighbours/);
    expect(first).not.toContain('Paris');
  });

  it('never calls one of two “the article” on the site-wide pages, and the header names no one article’s map', () => {
    for (const path of [
      'index.html',
      'claims/index.html',
      'speakers/index.html',
      'search/index.html',
      'timeline/index.html',
    ]) {
      const { document } = parseHTML(page(path));
      // So does each claim's own "In the article:" on the claims index.
      document.querySelectorAll('.label').forEach((label) => {
        if (label.textContent?.trim() === 'In the article:') label.remove();
      });
      // A finding's bottom line speaks of the article its claim is in ("by the time the article was published").
      document.querySelectorAll('.finding-line').forEach((line) => line.remove());
      // The statuses' definitions speak of the article a claim is in: one, whatever the edition holds.
      const text = Object.values(CLAIM_STATUSES).reduce(
        (all, { meaning }) => all.split(meaning).join(' '),
        (document.body.textContent ?? '').replace(/\s+/g, ' '),
      );
      const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(`${text} ${description}`, path).not.toMatch(/\bthe (annotated )?article\b(?!s)/i);
      const nav = [...document.querySelectorAll('.site-nav a')].map((a) => a.textContent?.trim());
      expect(nav, path).not.toContain('Map');
    }
  });

  it('is listed beside the first on the home page', () => {
    const home = page('index.html');
    expect(home).toContain(`/articles/${SECOND}/`);
    expect(home).toContain(`/articles/${FIRST}/`);
  });
});
