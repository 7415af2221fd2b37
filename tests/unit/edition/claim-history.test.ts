/**
 * The corrections log from git (src/edition/history.ts): every version of a
 * claim file from one `git log -p`, compared in order. Tested on a real
 * repository made in a temporary folder, so that the parser reads what git
 * really prints.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareVersions, describeChange, readClaimHistory, readClaimVersion } from '~/edition/history.ts';

const dir = mkdtempSync(join(tmpdir(), 'claim-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const git = (args: string[], date?: string) =>
  execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...(date ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : {}) },
  });
const claimYaml = (status: string, sources: string[], explanation = 'What the sources say.') =>
  `speaker: someone\nclaim: Someone says a thing.\nstatus: ${status}\nexplanation: >-\n  ${explanation}\nsources:\n${sources.map((s) => `  - ${s}\n`).join('')}`;

git(['init', '--quiet', '--initial-branch=main']);
mkdirSync(join(dir, 'content/claims'), { recursive: true });
writeFileSync(join(dir, 'content/claims/a.yaml'), claimYaml('unverified', ['s1']));
writeFileSync(join(dir, 'content/claims/b.yaml'), claimYaml('opinion', ['s1']));
git(['add', '.']);
git(['commit', '--quiet', '-m', 'First notes'], '2026-01-05T09:00:00Z');
writeFileSync(join(dir, 'content/claims/a.yaml'), claimYaml('contradicted', ['s2', 's3']));
git(['commit', '--quiet', '-am', 'Ministry figure contradicted by the UN report'], '2026-02-10T12:30:00Z');
writeFileSync(join(dir, 'content/claims/a.yaml'), claimYaml('contradicted', ['s2', 's3'], 'Reworded.'));
writeFileSync(join(dir, 'other.txt'), 'not a claim');
git(['add', '.']);
git(['commit', '--quiet', '-m', 'Tighten the explanation'], '2026-03-01T08:00:00Z');
unlinkSync(join(dir, 'content/claims/b.yaml'));
git(['commit', '--quiet', '-am', 'Withdraw b: not a claim the article makes'], '2026-03-02T08:00:00Z');

describe('readClaimHistory on a real repository', () => {
  const history = readClaimHistory(dir);
  const a = history.changes.get('content/claims/a.yaml') ?? [];
  const b = history.changes.get('content/claims/b.yaml') ?? [];

  it('gives every commit to each claim file, oldest first, with its date and subject as the reason', () => {
    expect(history.unavailable).toBeUndefined();
    expect(a.map((c) => [c.date, c.reason, c.kind])).toEqual([
      ['2026-01-05T09:00:00+00:00', 'First notes', 'added'],
      ['2026-02-10T12:30:00+00:00', 'Ministry figure contradicted by the UN report', 'changed'],
      ['2026-03-01T08:00:00+00:00', 'Tighten the explanation', 'changed'],
    ]);
    expect([...history.changes.keys()].sort()).toEqual(['content/claims/a.yaml', 'content/claims/b.yaml']);
  });

  it('says what changed: the status before and after, the sources added and removed, a rewording', () => {
    expect(a[0]?.status).toEqual({ before: undefined, after: 'unverified' });
    expect(a[1]).toMatchObject({
      status: { before: 'unverified', after: 'contradicted' },
      sourcesAdded: ['s2', 's3'],
      sourcesRemoved: ['s1'],
      explanationChanged: false,
    });
    expect(a[2]).toMatchObject({ status: undefined, sourcesAdded: [], explanationChanged: true });
  });

  it('records a deleted claim file as withdrawn', () => {
    expect(b.map((c) => c.kind)).toEqual(['added', 'removed']);
    expect(b[1]?.reason).toBe('Withdraw b: not a claim the article makes');
  });

  it('says a shallow clone has no history instead of giving wrong dates', () => {
    const shallow = readClaimHistory(dir, 'content/claims', (args) =>
      args[0] === 'rev-parse' ? 'true\n' : 'should not be read',
    );
    expect(shallow).toEqual({ changes: new Map(), unavailable: 'shallow' });
  });
});

describe('describeChange', () => {
  const words = { statusLabel: (s: string) => s.toUpperCase(), sourceTitle: (id: string) => `Title of ${id}` };
  it('names the status change and the sources by title', () => {
    const change = {
      file: 'x',
      commit: 'c',
      date: '2026-01-01T00:00:00Z',
      reason: 'r',
      ...compareVersions(
        readClaimVersion(claimYaml('unverified', ['s1'])),
        readClaimVersion(claimYaml('disputed', ['s2'])),
      ),
    };
    expect(describeChange(change, words)).toEqual([
      'Status changed: UNVERIFIED → DISPUTED.',
      'Sources added: Title of s2.',
      'Sources removed: Title of s1.',
    ]);
  });
});
