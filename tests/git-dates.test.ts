import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fileDates, gitLogArgs, parseGitLog, readRepoHistory } from '~/edition/history.ts';
import { ROOT } from './helpers.ts';

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
