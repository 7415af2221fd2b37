/**
 * Corrections in the open, end to end: in a clone of the repository, a
 * commit changes a claim's status with a reason; a real `astro build` of the
 * clone then shows the change, with its date and reason, on the claim's page,
 * in its ClaimReview and in /changes.xml (read with a real feed parser,
 * @rowanmanning/feed-parser).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { ROOT } from '../support/helpers.ts';
import { astroBuild, prepareCopy } from '../support/spawn.ts';

const CLAIM = 'coalition-missed-4000';
// Now, so that the change is newer than every commit of the repository.
const DATE = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const REASON = 'Status disputed: a second source contradicts the ministry figure';
const dir = mkdtempSync(join(tmpdir(), 'corrections-clone-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_COMMITTER_DATE: DATE, GIT_AUTHOR_DATE: DATE },
  });

let before = '';
let commit = '';
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
  writeFileSync(file, yaml.replace(/^status: \S+$/m, `status: ${after}`));
  git('commit', '--quiet', '-am', REASON);
  commit = git('rev-parse', 'HEAD').trim();
  prepareCopy(dir);
  build = await astroBuild(dir, 240_000);
}, 300_000);

const label = (status: string) => CLAIM_STATUSES[status as keyof typeof CLAIM_STATUSES].label;
const afterStatus = () => (before === 'disputed' ? 'contradicted' : 'disputed');

describe('a commit that changes a claim’s status, built in a clone', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('shows the change on the claim page: date, status before → after, and the commit’s subject as the reason', () => {
    const html = readFileSync(join(dir, 'dist/claims', CLAIM, 'index.html'), 'utf8');
    const item = new RegExp(`<li id="change-${commit.slice(0, 12)}">([\\s\\S]*?)</li>`).exec(html)?.[1];
    expect(item, 'the change is listed by its commit').toBeDefined();
    expect(item).toContain(`datetime="${DATE.replace('Z', '+00:00')}"`);
    expect(item).toContain(`Status changed: ${label(before)} → ${label(afterStatus())}.`);
    expect(item).toContain(`Reason given: “${REASON}”`);
    // Newest first: the change heads the list.
    expect(html.indexOf(`change-${commit.slice(0, 12)}`)).toBeLessThan(html.indexOf('Note published with'));
    // The review carries the new status and the date of the change.
    const review = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!)['@graph'][0];
    expect(review.reviewRating.alternateName).toBe(label(afterStatus()));
    expect(Date.parse(review.dateModified)).toBe(Date.parse(DATE));
  });

  it('publishes the change in /changes.xml, as a feed reader reads it', () => {
    const feed = parseFeed(readFileSync(join(dir, 'dist/changes.xml'), 'utf8'));
    expect(feed.meta.type).toBe('atom');
    const entry = feed.items.find((i) => i.url?.endsWith(`/claims/${CLAIM}/#change-${commit.slice(0, 12)}`));
    expect(entry, 'an entry for the change').toBeDefined();
    expect(entry!.updated?.toISOString()).toBe(new Date(DATE).toISOString());
    expect(entry!.title).toContain(`Status changed: ${label(before)} → ${label(afterStatus())}.`);
    expect(entry!.description).toContain(REASON);
    // The newest change is the first entry, and dates the feed.
    expect(feed.items[0]!.id).toBe(entry!.id);
    expect(feed.updated?.toISOString()).toBe(new Date(DATE).toISOString());
  });
});
