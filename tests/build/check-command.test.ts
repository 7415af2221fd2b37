/**
 * `npm run check` (tools/check/check.ts) run as a command on the fixtures of
 * tests/fixtures/content-check: it lists every problem, then a summary, and
 * sets its exit code.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck, runCheckWith } from '../support/spawn.ts';
import { FIXTURES, VALID, withCases } from '../support/content-check-fixtures.ts';
import { ROOT } from '../support/helpers.ts';

describe('npm run check (tools/check/check.ts)', () => {
  const check = (root: string) => runCheck(root);

  it('lists every problem as file:line → field: message, then a summary, and exits with 1', () => {
    const run = check(withCases('date-in-future', 'mdx-script', 'orphan-claim'));
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n').map((line) => line.trim());
    expect(lines).toContain(
      'content/sources/tass-2016-12-11-4000-militants-palmyra.yaml:3 → published: "2999-01-01" is in the future (write the date the page gives, as YYYY-MM-DD, or YYYY-MM or YYYY where it gives no day)',
    );
    expect(
      lines.some((l) => l.startsWith('content/articles/two-paragraphs.mdx:15 → <script>: <script> is not allowed')),
    ).toBe(true);
    expect(
      lines.some((l) => l.startsWith('content/claims/unreferenced-claim.yaml → id: no article refers to this claim')),
    ).toBe(true);
    expect(run.stdout).toMatch(/npm run check: \d+ problems \(content: \d+\)/);
  });

  it('writes each problem as a GitHub annotation with --format github, as the pull request’s content job runs it', () => {
    const run = runCheckWith(withCases('date-in-future'), [
      '--no-types',
      '--no-format',
      '--no-links',
      '--format',
      'github',
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')).toContain(
      '::error file=content/sources/tass-2016-12-11-4000-militants-palmyra.yaml,line=3,title=content%3A published::"2999-01-01" is in the future (write the date the page gives, as YYYY-MM-DD, or YYYY-MM or YYYY where it gives no day)',
    );
    const workflow = readFileSync(join(ROOT, '.github/workflows/test.yml'), 'utf8');
    expect(workflow).toMatch(/npm run check -- .*--format github/);
  });

  it('refuses an option it does not know, listing those it does (parseArgs, strict)', () => {
    const run = runCheckWith(VALID, ['--no-typs']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Unknown option '--no-typs'[\s\S]*options: --full --content/);
  });

  it('passes content that follows every rule, and exits with 0', () => {
    const run = check(VALID);
    expect(run.stdout).toContain('npm run check: all clear');
    expect(run.status).toBe(0);
  });
});

describe("npm run check on an editor's change to content alone", () => {
  const workDir = mkdtempSync(join(tmpdir(), 'check-scope-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));
  const git = (dir: string, ...args: string[]) => {
    const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir });
    expect(run.status, `git ${args.join(' ')}`).toBe(0);
  };
  /** The valid fixture committed on main, then a branch where an editor changed one source's date to the future. */
  const editorsBranch = () => {
    const dir = join(workDir, 'editor');
    cpSync(VALID, dir, { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'main');
    // As CONTRIBUTING.md has it: once the scrape is committed, its pin records that commit (tested in one-mistake).
    const pin = join(dir, 'content/raw/two-paragraphs.yaml');
    const [commit, date] = spawnSync('git', ['log', '-1', '--format=%H %cs'], { cwd: dir, encoding: 'utf8' })
      .stdout.trim()
      .split(' ');
    writeFileSync(
      pin,
      readFileSync(pin, 'utf8').replace(
        /^firstCommit:\n(?: {2}.*\n)+/m,
        `firstCommit:\n  commit: ${commit}\n  date: "${date}"\n`,
      ),
    );
    git(dir, 'commit', '-qam', 'pin the scrape');
    git(dir, 'checkout', '-qb', 'edit');
    cpSync(join(FIXTURES, 'bad', 'date-in-future', 'content'), join(dir, 'content'), { recursive: true });
    return dir;
  };
  const dir = editorsBranch();
  const problem =
    'content/sources/tass-2016-12-11-4000-militants-palmyra.yaml:3 → published: "2999-01-01" is in the future';

  it('runs the content rules alone, lists the problem, and says which steps it skipped and why', () => {
    const run = runCheckWith(dir, []);
    const lines = run.stdout.split('\n').map((line) => line.trim());
    expect(lines[0]).toMatch(
      /^Content only: only content\/ changed since the merge-base of HEAD and main \([0-9a-f]{7}\) \(1 file\)\. `npm run check -- --full` runs every step/,
    );
    expect(lines.some((line) => line.startsWith(problem))).toBe(true);
    expect(lines).toContain(
      '- types: skipped, content only: no TypeScript or Astro file changed (astro check takes about 40 s)',
    );
    expect(lines).toContain('- formatting: skipped, content only: Prettier leaves content/ as editors write it');
    expect(lines).toContain('- workflows: skipped, content only: no workflow file changed');
    expect(lines).toContain('- links: skipped, content only: they are read from a build, which `npm test` makes');
    expect(run.stdout).toMatch(/npm run check: 1 problem \(content: 1\) in [\d.]+ s, content only; `npm test` runs/);
    expect(run.status).toBe(1);
  });

  it('runs every step with CI set, and says so', () => {
    const run = runCheckWith(dir, ['--no-types', '--no-format', '--no-links'], 'true');
    expect(run.stdout.split('\n')[0]).toBe('Every step: CI is set (CI=true): CI runs every step.');
    expect(run.stdout).toContain('- types: skipped (--no-types)');
    expect(run.stdout).toContain('✓ workflows:');
    expect(run.stdout).toContain(problem);
    expect(run.status).toBe(1);
  });
});

describe('npm run check on corrections, against main', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'check-corrections-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));
  const CLAIM = 'content/claims/coalition-missed-4000.yaml';
  const ENTRY = '  - date: "2026-12-01"\n    what: "The status changed."\n    why: "A second report."\n';
  const git = (dir: string, ...args: string[]) => {
    const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir });
    expect(run.status, `git ${args.join(' ')}`).toBe(0);
  };
  /** Main has a claim with one published correction; the branch changes the claim as `edit` says. */
  const branch = (name: string, edit: (text: string) => string) => {
    const dir = join(workDir, name);
    cpSync(VALID, dir, { recursive: true });
    const file = join(dir, CLAIM);
    writeFileSync(file, `${readFileSync(file, 'utf8')}corrections:\n${ENTRY}`);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'main');
    git(dir, 'checkout', '-qb', 'edit');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return dir;
  };

  it('refuses a published correction removed, naming the file, line and entry', () => {
    const run = runCheckWith(
      branch('removed', (t) => t.replace(/corrections:\n[\s\S]*$/, '')),
      [],
    );
    expect(run.stdout).toMatch(
      /content\/claims\/coalition-missed-4000\.yaml(:\d+)? → corrections\[0\]: the correction of 2026-12-01 published on the merge-base of HEAD and main \([0-9a-f]{7}\) was removed: published corrections are append-only/,
    );
    expect(run.status).toBe(1);
  });

  it('refuses a published correction rewritten', () => {
    const run = runCheckWith(
      branch('rewritten', (t) => t.replace('A second report.', 'Nothing happened.')),
      [],
    );
    expect(run.stdout).toMatch(/coalition-missed-4000\.yaml:\d+ → corrections\[0\]: .* was rewritten/);
    expect(run.status).toBe(1);
  });

  it('refuses a change of status or explanation without a new entry, and passes one with it', () => {
    const bare = runCheckWith(
      branch('bare', (t) => t.replace('status: unverified', 'status: disputed')),
      [],
    );
    expect(bare.stdout).toMatch(
      /coalition-missed-4000\.yaml:\d+ → status: status changed since .* without a new corrections: entry/,
    );
    const explained = runCheckWith(
      branch('explained', (t) => t.replace('The figure of 4,000', 'The 4,000')),
      [],
    );
    expect(explained.stdout).toMatch(/→ explanation: explanation changed since/);
    const corrected = runCheckWith(
      branch(
        'corrected',
        (t) => `${t.replace('status: unverified', 'status: disputed')}${ENTRY.replace('12-01', '12-02')}`,
      ),
      [],
    );
    // (The fixture's pin names a firstCommit of another repository: that problem is not this rule's.)
    expect(corrected.stdout).toContain('✓ corrections since the merge-base of HEAD and main');
  });
});
