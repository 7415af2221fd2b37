/**
 * `npm run check` validates the GitHub Actions workflows, which never run
 * locally, against GitHub's schema (@action-validator/cli): a misspelt key
 * fails, naming the file and where in it; the project's own workflows pass.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workflowProblems } from '../../tools/check/workflows.ts';
import { ROOT } from '../support/helpers.ts';
import { runCheck } from '../support/spawn.ts';

const validator = join(ROOT, 'node_modules/.bin/action-validator');
const validate = (file: string) => spawnSync(validator, [file], { encoding: 'utf8' });

const workDir = mkdtempSync(join(tmpdir(), 'workflows-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const BAD =
  'name: Bad\non: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: npm test\n';

describe('the workflow linter', () => {
  it.each(readdirSync(join(ROOT, '.github/workflows')))('accepts .github/workflows/%s', (name) => {
    const run = validate(join(ROOT, '.github/workflows', name));
    expect(run.status, run.stdout).toBe(0);
  });

  it('refuses a misspelt key, naming the file and the place', () => {
    const file = join(workDir, 'bad.yml');
    writeFileSync(file, BAD);
    const run = validate(file);
    expect(run.status).not.toBe(0);
    expect(workflowProblems('.github/workflows/bad.yml', run.stdout + run.stderr)).toContain(
      ".github/workflows/bad.yml → /jobs/test: Additional property 'stepz' is not allowed (see the workflow syntax at docs.github.com/actions)",
    );
  });

  it('is a step of npm run check', { timeout: 120_000 }, () => {
    const root = join(workDir, 'project');
    cpSync(join(ROOT, 'tests/fixtures/content-check/valid'), root, { recursive: true });
    mkdirSync(join(root, '.github/workflows'), { recursive: true });
    writeFileSync(join(root, '.github/workflows/bad.yml'), BAD);
    const run = runCheck(root);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✗ workflows: 1 problem');
    expect(run.stdout).toContain(".github/workflows/bad.yml → /jobs/test: Additional property 'stepz' is not allowed");
  });
});
