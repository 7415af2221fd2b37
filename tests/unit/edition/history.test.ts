/**
 * src/edition/history.ts: the dates of content files from one batched git log
 * (claims' review dates) and a page's last change (PageHistory), with their
 * fallbacks, the edit link and shallow clones.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  describeSource,
  editUrl,
  fileDates,
  gitLogArgs,
  lastChanged,
  parseGitLog,
  readRepoHistory,
} from '~/edition/history.ts';
import { ROOT } from '../../support/helpers.ts';

const log = [
  'commit-date:2026-03-01T10:00:00+01:00',
  '',
  'content/claims/a.yaml',
  'commit-date:2026-02-01T10:00:00Z',
  '',
  'content/claims/a.yaml',
  'content/claims/b.yaml',
  '',
].join('\n');

describe('parseGitLog', () => {
  it('takes the newest commit as the last change and the oldest as the first', () => {
    expect(Object.fromEntries(parseGitLog(log))).toEqual({
      'content/claims/a.yaml': { created: '2026-02-01T10:00:00Z', modified: '2026-03-01T10:00:00+01:00' },
      'content/claims/b.yaml': { created: '2026-02-01T10:00:00Z', modified: '2026-02-01T10:00:00Z' },
    });
  });

  it('refuses output that is not a date', () => {
    expect(() => parseGitLog('commit-date:yesterday\nx.yaml\n')).toThrow(/not an ISO 8601/);
  });

  it('never dates a change after the build: a forged commit date in 2031 becomes the build time', () => {
    const now = new Date('2026-12-06T12:00:00Z');
    const log = 'commit-date:2031-01-01T00:00:00Z\nclaim.yaml\ncommit-date:2026-11-01T09:00:00Z\nclaim.yaml\n';
    expect(parseGitLog(log, now).get('claim.yaml')).toEqual({
      created: '2026-11-01T09:00:00Z',
      modified: '2026-12-06T12:00:00Z',
    });
  });
});

describe('fileDates', () => {
  const now = new Date('2026-05-06T07:08:09.123Z');

  it('uses the history where git has it and the build date elsewhere, saying which', () => {
    const dates = fileDates(['content/claims/a.yaml', 'content/claims/new.yaml'], {
      history: readRepoHistory('.', (args) => (args[0] === 'log' ? log : args[0] === 'rev-parse' ? 'false\n' : '')),
      now,
    });
    expect(dates.get('content/claims/a.yaml')).toEqual({
      created: '2026-02-01T10:00:00Z',
      modified: '2026-03-01T10:00:00+01:00',
      from: 'git',
    });
    expect(dates.get('content/claims/new.yaml')).toEqual({
      created: '2026-05-06T07:08:09Z',
      modified: '2026-05-06T07:08:09Z',
      from: 'build',
    });
  });

  it('falls back to the build date when git cannot run', () => {
    const dates = fileDates(['a.yaml'], { history: readRepoHistory('.', () => undefined), now });
    expect(dates.get('a.yaml')?.from).toBe('build');
  });

  it('reads this repository’s real history', () => {
    const file = 'content/articles/decamped-from-mosul.mdx';
    const expected = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dates = fileDates([file], { history: readRepoHistory(ROOT) }).get(file);
    if (expected === '') expect(dates?.from).toBe('build');
    else expect(dates).toMatchObject({ modified: expected, from: 'git' });
  });

  it('asks git for dates, names and paths relative to the working directory', () => {
    expect(gitLogArgs(['x'])).toEqual([
      'log',
      '--format=commit-date:%cI',
      '--name-only',
      '--no-renames',
      '--relative',
      '--',
      'x',
    ]);
  });
});

const repo = mkdtempSync(join(tmpdir(), 'page-history-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

function commit(file: string, text: string, date: string) {
  writeFileSync(join(repo, file), text);
  git('add', file);
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', file], {
    cwd: repo,
    env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
  });
}

describe('lastChanged', () => {
  git('init', '-q');
  commit('a.yaml', 'a: 1\n', '2024-03-01T10:00:00Z');
  commit('b.yaml', 'b: 1\n', '2024-05-02T10:00:00Z');
  commit('c.yaml', 'c: 1\n', '2024-07-03T10:00:00Z');

  it('gives the date of the last commit that touched any of the files', () => {
    expect(lastChanged(['a.yaml', 'b.yaml'], { cwd: repo })).toEqual({
      iso: '2024-05-02T10:00:00.000Z',
      day: '2024-05-02',
      source: 'git',
    });
    expect(lastChanged(['a.yaml'], { cwd: repo }).day).toBe('2024-03-01');
  });

  it('falls back to the time the files were saved when one has uncommitted changes', () => {
    writeFileSync(join(repo, 'a.yaml'), 'a: 2\n');
    utimesSync(join(repo, 'a.yaml'), new Date('2025-01-15T12:00:00Z'), new Date('2025-01-15T12:00:00Z'));
    utimesSync(join(repo, 'b.yaml'), new Date('2024-05-02T10:00:00Z'), new Date('2024-05-02T10:00:00Z'));
    expect(lastChanged(['a.yaml', 'b.yaml'], { cwd: repo })).toMatchObject({ day: '2025-01-15', source: 'file' });
    git('checkout', '-q', '--', 'a.yaml');
  });

  it('falls back to the file time where git is missing or has no history', () => {
    utimesSync(join(repo, 'c.yaml'), new Date('2023-02-02T00:00:00Z'), new Date('2023-02-02T00:00:00Z'));
    expect(lastChanged(['c.yaml'], { cwd: repo, history: readRepoHistory(repo, () => undefined) })).toMatchObject({
      day: '2023-02-02',
      source: 'file',
    });
  });

  it('falls back to the build date when none of the files exists', () => {
    const now = new Date('2026-01-02T03:04:05Z');
    expect(lastChanged(['missing.yaml'], { cwd: repo, now })).toEqual({
      iso: now.toISOString(),
      day: '2026-01-02',
      source: 'build',
    });
  });

  it('says what each kind of date means', () => {
    expect(describeSource('git')).toMatch(/last commit/);
    expect(describeSource('file')).toMatch(/last saved/);
    expect(describeSource('build')).toMatch(/built/);
  });
});

describe('editUrl', () => {
  it('builds a GitHub-style edit address for the file', () => {
    expect(editUrl('content/articles/x.mdx', 'https://example.org/owner/repo')).toBe(
      'https://example.org/owner/repo/edit/main/content/articles/x.mdx',
    );
    expect(editUrl('content/a b.yaml', 'https://example.org/owner/repo.git/', 'draft')).toBe(
      'https://example.org/owner/repo/edit/draft/content/a%20b.yaml',
    );
  });

  it('gives no link when no repository is configured or its address is not https', () => {
    expect(editUrl('x.mdx', undefined)).toBeUndefined();
    expect(editUrl('x.mdx', '')).toBeUndefined();
    expect(editUrl('x.mdx', 'http://example.org/owner/repo')).toBeUndefined();
    expect(editUrl('x.mdx', 'javascript:alert(1)')).toBeUndefined();
    expect(editUrl('x.mdx', 'not a url')).toBeUndefined();
  });
});

describe('a shallow clone', () => {
  it('is treated as having no history, so no wrong first-commit date is published', () => {
    const shallow = readRepoHistory('.', (args) =>
      args[0] === 'rev-parse' ? 'true\n' : 'commit-date:2026-01-01T00:00:00Z\na.yaml\n',
    );
    expect(shallow.unavailable).toBe('shallow');
    expect(shallow.commits.size).toBe(0);
  });
});
