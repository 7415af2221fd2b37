/**
 * Provenance enforced by code the pull request cannot change: every
 * pull_request_target workflow checks out the BASE commit, without
 * credentials, installs the base's packages before taking the pull
 * request's content/ as data, and drops or refuses links in it; the guard of
 * the scrape and pin runs the base's checker with --base; and CODEOWNERS
 * gives an owner to every path that is code, and none to editors' content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/helpers.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}
const workflows = readdirSync(join(ROOT, '.github/workflows')).map((name) => ({
  name,
  data: parse(readFileSync(join(ROOT, '.github/workflows', name), 'utf8')) as Workflow,
}));
const targeted = workflows.filter((w) => 'pull_request_target' in w.data.on);

describe('workflows that run with the base branch’s rights', () => {
  it('are the review summary and the provenance guard', () => {
    expect(targeted.map((w) => w.name).sort()).toEqual(['provenance.yml', 'review-summary.yml']);
  });

  it.each(targeted)('$name runs only the base’s code on the pull request’s content, links removed', ({ data }) => {
    for (const job of Object.values(data.jobs)) {
      const checkout = job.steps.find((s) => s.uses?.startsWith('actions/checkout'));
      expect(checkout?.with?.['ref']).toBe('${{ github.event.pull_request.base.sha }}');
      expect(checkout?.with?.['persist-credentials']).toBe(false);
      const runs = job.steps.map((s) => s.run ?? '');
      const take = runs.findIndex((r) => r.includes('git checkout pr-head -- content'));
      expect(take).toBeGreaterThan(runs.indexOf('npm ci'));
      expect(runs.indexOf('npm ci')).toBeGreaterThanOrEqual(0);
      // Only content/ comes from the pull request, and no link in it survives to be read.
      expect(runs.join('\n')).not.toMatch(/git checkout pr-head(?! -- content)/);
      expect(runs[take]).toMatch(/find content -type l/);
    }
    expect(data.permissions?.['contents']).toBe('read');
  });

  it('the provenance guard runs the base’s checker against the base, with no write permission', () => {
    const provenance = targeted.find((w) => w.name === 'provenance.yml')!.data;
    expect(Object.values(provenance.permissions ?? {})).toEqual(['read']);
    const runs = Object.values(provenance.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
    expect(
      runs.some((r) => /npm run check -- .*--base \$\{\{ github\.event\.pull_request\.base\.sha \}\}/.test(r)),
    ).toBe(true);
  });
});

describe('CODEOWNERS', () => {
  const rules = readFileSync(join(ROOT, '.github/CODEOWNERS'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [pattern, ...owners] = line.split(/\s+/);
      return { pattern: pattern!, owners };
    });
  // The subset of GitHub's patterns the file uses: *, /folder/ and /file.
  const matches = (pattern: string, path: string) =>
    pattern === '*' || (pattern.endsWith('/') ? `/${path}`.startsWith(pattern) : `/${path}` === pattern);
  const ownersOf = (path: string) => rules.filter((r) => matches(r.pattern, path)).at(-1)?.owners ?? [];

  it.each([
    'src/model/content-check.ts',
    'tools/check/check.ts',
    'public/favicon.svg',
    'public/_redirects',
    '.github/workflows/test.yml',
    'package.json',
    'package-lock.json',
    'astro.config.mjs',
    'content/raw/decamped-from-mosul.txt',
    'content/raw/decamped-from-mosul.yaml',
    'tests/unit/x.test.ts',
  ])('gives %s a code owner', (path) => {
    expect(ownersOf(path).length).toBeGreaterThan(0);
  });

  it.each(['content/claims/aleppo-50000.yaml', 'content/articles/decamped-from-mosul.mdx'])(
    'leaves editors’ %s to editors',
    (path) => expect(ownersOf(path)).toEqual([]),
  );

  it('names its owner placeholder in CONTRIBUTING, with how to require code-owner review and the checks', () => {
    const owner = rules[0]!.owners[0]!;
    const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    expect(contributing).toContain(owner);
    expect(contributing).toContain('Require review from Code Owners');
    expect(contributing).toContain('Provenance / provenance');
  });
});
