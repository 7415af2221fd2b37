/**
 * Corrections written for readers, end to end: in a clone of the repository,
 * one commit changes a claim's status and adds its `corrections:` entry,
 * under a subject written for developers. A real `astro build` of the clone
 * (SITE_URL unset) then shows the entry on the claim page, on the about
 * page's log and in /changes.xml (read with a real feed parser,
 * @rowanmanning/feed-parser); the commit dates "last reviewed"; and the
 * commit's subject appears nowhere in dist/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { ROOT } from '../support/helpers.ts';
import { astroBuild, prepareCopy } from '../support/spawn.ts';

const CLAIM = 'coalition-missed-4000';
// Now, so that the change is newer than every commit of the repository.
const NOW = new Date();
const DATE = NOW.toISOString().replace(/\.\d{3}Z$/, 'Z');
const DAY = DATE.slice(0, 10);
const SUBJECT = 'FigureChart: refactor xyzzy-dev-subject helpers, bump vitest';
const WHY = 'A second report of the same week gives a different figure for the attacking force.';
const dir = mkdtempSync(join(tmpdir(), 'corrections-clone-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_COMMITTER_DATE: DATE, GIT_AUTHOR_DATE: DATE },
  });

let before = '';
// The new entry's anchor: entries are numbered in the file's order, and the claim may already have some.
let anchor = '';
let build = { status: null as number | null, output: '' };

beforeAll(async () => {
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, dir]);
  // The code under test is the checkout's, committed or not; the content and its history are the clone's.
  rmSync(join(dir, 'src'), { recursive: true });
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  const file = join(dir, 'content/claims', `${CLAIM}.yaml`);
  const yaml = readFileSync(file, 'utf8');
  before = /^status: (\S+)$/m.exec(yaml)![1]!;
  const after = before === 'disputed' ? 'contradicted' : 'disputed';
  const what = `The status changed from ${label(before)} to ${label(after)}.`;
  const entry = `  - date: "${DAY}"\n    what: "${what}"\n    why: "${WHY}"\n`;
  const changed = yaml.replace(/^status: \S+$/m, `status: ${after}`);
  anchor = `correction-${(changed.match(/^ {2}- date: /gm) ?? []).length + 1}`;
  writeFileSync(file, /^corrections:$/m.test(changed) ? `${changed}${entry}` : `${changed}corrections:\n${entry}`);
  git('commit', '--quiet', '-am', SUBJECT);
  prepareCopy(dir);
  build = await astroBuild(dir, 240_000);
}, 300_000);

const label = (status: string) => CLAIM_STATUSES[status as keyof typeof CLAIM_STATUSES].label;
const afterStatus = () => (before === 'disputed' ? 'contradicted' : 'disputed');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

describe('a commit that changes a claim’s status with its correction entry, built in a clone', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('shows the entry on the claim page, newest first, and the commit’s day as last reviewed', () => {
    const html = readFileSync(join(dir, 'dist/claims', CLAIM, 'index.html'), 'utf8');
    const item = new RegExp(`<li id="${anchor}">([\\s\\S]*?)</li>`).exec(html)?.[1];
    expect(item, 'the correction is listed').toBeDefined();
    expect(item).toContain(`datetime="${DAY}"`);
    expect(text(item!)).toContain(`The status changed from ${label(before)} to ${label(afterStatus())}.`);
    expect(text(item!)).toContain(`Why: ${WHY}`);
    const box = /<section class="verdict-box[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(text(box)).toContain(label(afterStatus()));
    expect(box).toContain(`Last reviewed <time datetime="${DAY}"`);
    // The review carries the new status.
    const review = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!)['@graph'][0];
    expect(review.reviewRating.alternateName).toBe(label(afterStatus()));
  });

  it('lists the entry in the about page’s corrections log', () => {
    const html = readFileSync(join(dir, 'dist/about/index.html'), 'utf8');
    const log = /<ol class="change-list corrections-log">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    expect(log).toContain(`href="/claims/${CLAIM}/#${anchor}"`);
    expect(text(log)).toContain(WHY);
  });

  it('publishes the entry in /changes.xml, as a feed reader reads it, without localhost', () => {
    const xml = readFileSync(join(dir, 'dist/changes.xml'), 'utf8');
    expect(xml).not.toContain('localhost');
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    const entry = feed.items.find((i) => i.url?.endsWith(`/claims/${CLAIM}/#${anchor}`));
    expect(entry, 'an entry for the correction').toBeDefined();
    expect(entry!.updated?.toISOString().slice(0, 10)).toBe(DAY);
    expect(entry!.title).toContain(`The status changed from ${label(before)} to ${label(afterStatus())}.`);
    expect(entry!.description).toContain(WHY);
    // The newest correction is the first entry, and dates the feed.
    expect(feed.items[0]!.id).toBe(entry!.id);
    expect(feed.updated?.toISOString().slice(0, 10)).toBe(DAY);
  });

  it('leaves no trace of the commit’s subject anywhere in dist/', () => {
    const marker = 'xyzzy-dev-subject';
    const hits = filesUnder(join(dir, 'dist')).filter((file) => readFileSync(file).includes(marker));
    expect(hits).toEqual([]);
  });

  it('writes no sitemap and no Sitemap line without SITE_URL, and no localhost outside the pages’ heads and data files (print stylesheets included)', () => {
    const files = filesUnder(join(dir, 'dist'));
    expect(files.filter((f) => /sitemap/.test(f))).toEqual([]);
    expect(readFileSync(join(dir, 'dist/robots.txt'), 'utf8')).not.toMatch(/Sitemap|localhost/);
    const carrying = files
      .filter((f) => /\.(html|xml|txt|css)$/.test(f))
      .filter((f) =>
        readFileSync(f, 'utf8')
          .replace(/<head>[\s\S]*?<\/head>/, '')
          .includes('localhost'),
      );
    expect(carrying).toEqual([]);
  });

  it('says once in the build that SITE_URL is not set, and cites the claim by its path', () => {
    expect(build.output.match(/SITE_URL is not set/g) ?? []).toHaveLength(1);
    const html = readFileSync(join(dir, 'dist/claims', CLAIM, 'index.html'), 'utf8');
    const cite = /<section class="cite-this"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(cite).toContain(`/claims/${CLAIM}/`);
    expect(cite).not.toContain('localhost');
  });
});
