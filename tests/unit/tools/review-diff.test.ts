/**
 * `npm run diff` (tools/diff/summary.ts) and `npm run check -- --base`
 * (tools/check/base.ts) on a temporary git repository: a base commit of the
 * valid fixture, then a change of each kind, each of which must show.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinnedChanges } from '../../../tools/check/base.ts';
import { reviewSummary } from '../../../tools/diff/summary.ts';
import { ROOT } from '../../support/helpers.ts';

const repo = mkdtempSync(join(tmpdir(), 'review-diff-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const git = (...args: string[]) => {
  const run = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
};
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(repo, file), change(readFileSync(join(repo, file), 'utf8')));
const write = (file: string, text: string) => writeFileSync(join(repo, file), text);

const ARTICLE = 'content/articles/two-paragraphs.mdx';
const CLAIM = 'content/claims/coalition-missed-4000.yaml';

beforeAll(() => {
  cpSync(join(ROOT, 'tests/fixtures/content-check/valid'), repo, { recursive: true });
  write(
    'content/claims/to-be-removed.yaml',
    'speaker: peter-ford\nclaim: "A claim the change removes."\nstatus: opinion\n',
  );
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'base');
});

// Each summary runs git a few dozen times: seconds on a loaded machine.
describe('a pull request with no change', { timeout: 30_000 }, () => {
  it('says the words, scrapes and pins are unchanged, and nothing else changed', () => {
    const summary = reviewSummary(repo, 'main');
    expect(summary).toContain("The article's words and marks, raw scrapes, provenance pins and code are unchanged.");
    expect(summary).toContain('No claims, sources, speakers or other entries changed.');
    expect(pinnedChanges(repo, 'main')).toEqual([]);
  });
});

describe('a pull request with a change of each kind', { timeout: 30_000 }, () => {
  let summary = '';
  beforeAll(() => {
    git('checkout', '-q', '-b', 'change');
    edit(CLAIM, (t) => t.replace('status: unverified', 'status: disputed'));
    rmSync(join(repo, 'content/claims/to-be-removed.yaml'));
    write('content/claims/new-claim.yaml', 'speaker: peter-ford\nclaim: "A new claim."\nstatus: supported\n');
    write('content/sources/new-source.yaml', 'title: "A new source"\npublisher: "X"\n');
    edit('content/sources/albab-2018-08-ford-sanctions.yaml', (t) => t.replace('al-bab.com"', 'Al-Bab"'));
    edit('content/speakers/peter-ford.yaml', (t) => t.replace('2003 to 2006."', '2003 to 2006, and more."'));
    edit(ARTICLE, (t) => t.replace('the 4,000 ISIS', 'the 40,000 ISIS').replace('outlet: "RT"', 'outlet: "BBC"'));
    edit('content/raw/two-paragraphs.txt', (t) => t.replace('the 4,000 ISIS', 'the 40,000 ISIS'));
    edit('content/raw/two-paragraphs.yaml', (t) => t.replace(/sha256: .*/, `sha256: ${'0'.repeat(64)}`));
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qam', 'change');
    summary = reviewSummary(repo, 'main');
  }, 30_000);

  it('puts the changes to the words, the scrape and the pin first, in bold', () => {
    const top = summary.split('###')[0]!;
    expect(top).toContain("**The article's words changed in `content/articles/two-paragraphs.mdx`** (paragraph 1;");
    expect(top).toContain("**The article's metadata changed in `content/articles/two-paragraphs.mdx`:** `outlet`.");
    expect(top).toContain('**A raw scrape was changed: `content/raw/two-paragraphs.txt`.**');
    expect(top).toContain('**A provenance pin was changed: `content/raw/two-paragraphs.yaml`.**');
  });

  it('flags a status change that has no new correction entry', () => {
    expect(summary).toContain(
      '**A status changed without a new correction entry: `content/claims/coalition-missed-4000.yaml`** (`unverified` → `disputed`).',
    );
  });

  it('lists claims added, removed and changed, with the status before and after', () => {
    expect(summary).toContain('### Claims');
    expect(summary).toContain('- added `new-claim` (status `supported`): A new claim.');
    expect(summary).toContain('- removed `to-be-removed` (was `opinion`): A claim the change removes.');
    expect(summary).toContain('- changed `coalition-missed-4000`: status `unverified` → `disputed`; `status`');
  });

  it('lists sources and speakers added or changed, with the fields', () => {
    expect(summary).toContain('### Sources');
    expect(summary).toContain('- added `new-source`: A new source');
    expect(summary).toContain('- changed `albab-2018-08-ford-sanctions`: `publisher`');
    expect(summary).toContain('### Speakers');
    expect(summary).toContain('- changed `peter-ford`: `summary`');
  });

  it('shows titles as plain text: no links, images or mentions reach the comment', () => {
    write('content/sources/markup.yaml', 'title: "![x](https://tracker.example/p.png) @maintainers <b>hi</b>"\n');
    const withMarkup = reviewSummary(repo, 'main');
    rmSync(join(repo, 'content/sources/markup.yaml'));
    expect(withMarkup).toContain(
      '- added `markup`: \\!\\[x\\]\\(https://tracker.example/p.png\\) \\@maintainers \\<b\\>hi\\</b\\>',
    );
  });

  it('never follows a link in the pull request’s content', () => {
    symlinkSync('/etc/passwd', join(repo, 'content/sources/linked.yaml'));
    const withLink = reviewSummary(repo, 'main');
    rmSync(join(repo, 'content/sources/linked.yaml'));
    expect(withLink).toContain('- added `linked`');
    expect(withLink).not.toContain(readFileSync('/etc/passwd', 'utf8').split('\n')[0]!);
  });

  it('npm run check -- --base reports the scrape and the pin as the published text changing', () => {
    const problems = pinnedChanges(repo, 'main');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^content\/raw\/two-paragraphs\.txt → provenance: the published article's text changed: .* was changed since main/,
    );
    expect(problems[1]).toMatch(
      /^content\/raw\/two-paragraphs\.yaml → provenance: the published article's text changed/,
    );
  });
});

describe('a status change with its correction entry', { timeout: 30_000 }, () => {
  it('is not flagged', () => {
    git('checkout', '-q', '-f', 'main');
    git('checkout', '-q', '-b', 'corrected');
    edit(
      CLAIM,
      (t) =>
        t.replace('status: unverified', 'status: disputed') +
        'corrections:\n  - date: "2026-12-01"\n    what: "The status changed from Unverified to Disputed."\n    why: "A second report contradicts the figure."\n',
    );
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qam', 'corrected');
    const summary = reviewSummary(repo, 'main');
    expect(summary).toContain('- changed `coalition-missed-4000`: status `unverified` → `disputed`;');
    expect(summary).not.toContain('without a new correction entry');
  });
});

describe('a mark moved onto other words, and a change outside content/', { timeout: 30_000 }, () => {
  it('shows the mark with its words before and after, and flags the code change', () => {
    git('checkout', '-q', '-f', 'main');
    git('checkout', '-q', '-b', 'moved');
    edit(ARTICLE, (t) =>
      t
        .replace('<Claim id="coalition-missed-4000">', '')
        .replace('making their way to Palmyra</Claim>', 'making their way to Palmyra')
        .replace('Syrian troops have started', '<Claim id="coalition-missed-4000">Syrian troops have started</Claim>'),
    );
    write('public-evil.svg', '<svg><script>alert(1)</script></svg>');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '.');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'moved');
    // As the workflow runs it: the base's files, the pull request's content, and its commit named for the code.
    git('checkout', '-q', 'main');
    git('checkout', 'moved', '--', 'content');
    const summary = reviewSummary(repo, 'main', 'moved');
    git('checkout', '-q', '-f', 'main');
    expect(summary).toContain(
      '**Claim marks changed in `content/articles/two-paragraphs.mdx`:** moved `coalition-missed-4000` from “the US-led coalition',
    );
    expect(summary).toContain('to “Syrian troops have started”');
    expect(summary).toContain('**A code change: 1 file outside content/ changed** (`public-evil.svg`).');
    expect(summary).not.toContain('are unchanged');
  });
});

describe('a content folder that is a link', { timeout: 30_000 }, () => {
  it('is not read: nothing from where it points reaches the summary', () => {
    git('checkout', '-q', '-f', 'main');
    const claims = join(repo, 'content/claims');
    const target = mkdtempSync(join(tmpdir(), 'linked-claims-'));
    writeFileSync(join(target, 'secret.yaml'), 'claim: "SECRET-FROM-ELSEWHERE"\nstatus: opinion\n');
    rmSync(claims, { recursive: true });
    symlinkSync(target, claims);
    const summary = reviewSummary(repo, 'main');
    rmSync(claims);
    git('checkout', '-q', '-f', 'main', '--', 'content/claims');
    rmSync(target, { recursive: true });
    expect(summary).not.toContain('SECRET-FROM-ELSEWHERE');
  });
});
