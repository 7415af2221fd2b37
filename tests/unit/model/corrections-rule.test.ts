/**
 * Corrections append-only and for meaning (src/model/corrections-rule.ts),
 * alone and through the content check in a git repository whose `main` has
 * published a correction (src/model/published.ts reads it from git).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { correctionProblems } from '~/model/corrections-rule.ts';
import { checkContent, formatProblem } from '../../../tools/check/content-check.ts';
import { VALID } from '../../support/content-check-fixtures.ts';

const FILE = 'content/claims/c.yaml';
const entry = { date: '2026-12-01', what: 'The status changed from Unverified to Disputed.', why: 'A new report.' };
const published = { status: 'disputed', explanation: 'E.', bottomLine: 'B.', corrections: [entry] };
const fields = (current: unknown) => correctionProblems(FILE, published, current).map((p) => p.field);

describe('correctionProblems', () => {
  it('accepts the same claim, and a new entry added after the published ones', () => {
    expect(fields(published)).toEqual([]);
    const next = { date: '2026-12-06', what: 'Contradicted.', why: 'Why.' };
    expect(fields({ ...published, status: 'contradicted', corrections: [entry, next] })).toEqual([]);
  });
  it('refuses a published correction removed, rewritten or re-kinded', () => {
    expect(fields({ ...published, corrections: [] })).toEqual(['corrections[0]']);
    expect(fields({ ...published, corrections: [{ ...entry, why: 'Softer.' }] })).toEqual(['corrections[0].why']);
    expect(fields({ ...published, corrections: [{ ...entry, kind: 'clarification' }] })).toEqual([
      'corrections[0].kind',
    ]);
  });
  it('refuses a change of meaning without a new entry, and a status change with only a clarification', () => {
    expect(fields({ ...published, status: 'supported' })).toEqual(['status']);
    expect(fields({ ...published, explanation: 'Other.' })).toEqual(['explanation']);
    expect(fields({ ...published, bottomLine: undefined })).toEqual(['bottomLine']);
    const clarification = { date: '2026-12-06', what: 'W.', why: 'Y.', kind: 'clarification' };
    expect(fields({ ...published, status: 'supported', corrections: [entry, clarification] })).toEqual(['status']);
    expect(fields({ ...published, explanation: 'Clearer.', corrections: [entry, clarification] })).toEqual([]);
  });
  it('refuses deleting a claim that has published corrections', () => {
    expect(fields(undefined)).toEqual(['corrections']);
  });
});

describe('through the check, against main in git', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corrections-git-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir });
  cpSync(VALID, dir, { recursive: true });
  const claim = join(dir, 'content/claims/coalition-missed-4000.yaml');
  const original = readFileSync(claim, 'utf8');
  const withCorrection = `${original}corrections:\n  - date: "2026-12-01"\n    what: "The status was set to Unverified."\n    why: "No second source."\n`;
  writeFileSync(claim, withCorrection);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'published');
  git('checkout', '-qb', 'pull-request');

  // The pin's first-commit rule (another rule) names the fixture's own commit: only the claims are compared here.
  const claimProblems = () =>
    checkContent(dir)
      .map(formatProblem)
      .filter((p) => p.startsWith('content/claims/'));
  it('passes the published content', () => {
    expect(claimProblems()).toEqual([]);
  });
  it('refuses the correction deleted and the status changed without a new one, naming file, line and field', () => {
    writeFileSync(claim, original.replace('status: unverified', 'status: disputed'));
    const problems = claimProblems();
    expect(problems).toContain(
      'content/claims/coalition-missed-4000.yaml:3 → status: changed from unverified to disputed since main (' +
        git('rev-parse', '--short=7', 'HEAD').toString().trim() +
        ') without a new correction (add an entry at the end of corrections: with date (today), what changed and why, in readers’ words (kind: correction))',
    );
    expect(problems.some((p) => p.includes('→ corrections[0]: the correction of 2026-12-01 published on main'))).toBe(
      true,
    );
  });
});
