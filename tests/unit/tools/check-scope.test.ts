/**
 * tools/check/scope.ts: when `npm run check` runs the content rules alone
 * (only content/ changed since the base, or --content) and when it runs every
 * step (--full, CI set, code changed, no base to compare with). Each case is a
 * small git repository made for the test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkScope } from '../../../tools/check/scope.ts';

const workDir = mkdtempSync(join(tmpdir(), 'check-scope-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function git(dir: string, ...args: string[]): void {
  const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
}

/** A repository whose `main` holds one content file and one code file, checked out on a branch `edit`. */
function repository(name: string): string {
  const dir = join(workDir, name);
  mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, 'content/claims/a.yaml', 'id: a\n');
  write(dir, 'src/site.ts', 'export const a = 1;\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  git(dir, 'checkout', '-q', '-b', 'edit');
  return dir;
}

describe('checkScope', { timeout: 30_000 }, () => {
  it('runs the content rules alone when only content/ changed since the merge-base with main', () => {
    const dir = repository('content-only');
    write(dir, 'content/claims/a.yaml', 'id: a\nstatus: x\n');
    git(dir, 'commit', '-qam', 'edit a claim');
    write(dir, 'content/claims/b.yaml', 'id: b\n'); // untracked
    const scope = checkScope(dir, {});
    expect(scope.contentOnly).toBe(true);
    expect(scope.why).toMatch(
      /^only content\/ changed since the merge-base of HEAD and main \([0-9a-f]{7}\) \(2 files\)$/,
    );
  });

  it('runs every step when a file outside content/ changed, committed or not, and names it', () => {
    const committed = repository('code-committed');
    write(committed, 'src/site.ts', 'export const a = 2;\n');
    git(committed, 'commit', '-qam', 'code');
    expect(checkScope(committed, {})).toEqual({
      contentOnly: false,
      why: expect.stringMatching(/^files outside content\/ changed since .*: src\/site\.ts$/),
    });
    const untracked = repository('code-untracked');
    write(untracked, 'tools/new.ts', '');
    expect(checkScope(untracked, {}).contentOnly).toBe(false);
  });

  it('runs every step with CI set, whatever changed, and says so', () => {
    const dir = repository('ci');
    expect(checkScope(dir, { ci: 'true' })).toEqual({
      contentOnly: false,
      why: 'CI is set (CI=true): CI runs every step',
    });
    expect(checkScope(dir, { ci: 'false' }).contentOnly).toBe(true);
  });

  it('obeys --full and --content, and --full wins', () => {
    const dir = repository('flags');
    write(dir, 'src/site.ts', 'export const a = 3;\n');
    expect(checkScope(dir, { content: true }).contentOnly).toBe(true);
    expect(checkScope(dir, { full: true, content: true }).contentOnly).toBe(false);
    write(dir, 'src/site.ts', 'export const a = 1;\n');
    expect(checkScope(dir, { full: true }).contentOnly).toBe(false);
  });

  it('runs every step when there is no base or no git work tree', () => {
    const dir = repository('no-base');
    git(dir, 'branch', '-q', '-m', 'main', 'trunk');
    expect(checkScope(dir, {}).why).toMatch(/^no base to compare with/);
    expect(checkScope(dir, { base: 'trunk' }).contentOnly).toBe(true);
    expect(checkScope(dir, { base: 'nowhere' }).why).toBe('git finds no commit nowhere to compare with');
    const plain = join(workDir, 'plain');
    mkdirSync(plain);
    expect(checkScope(plain, {}).contentOnly).toBe(false);
    expect(checkScope(join(dir, 'content'), {}).why).toMatch(/is not the root of its git work tree/);
  });
});
