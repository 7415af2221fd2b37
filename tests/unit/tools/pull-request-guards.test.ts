/**
 * What guards a pull request from outside its reach (issue 33): CODEOWNERS
 * gives every code path and content/raw/ an owner and leaves editors' data
 * to the check; the provenance job and the review summary run the base
 * branch's code with read access or a token scoped to comments, take the pull
 * request's content/ as data and never read through a link.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../support/helpers.ts';

/** The owners of a path: the last matching line wins (the patterns used here: `*`, `/dir/`, `/file`). */
function ownersOf(path: string): string[] {
  const lines = readFileSync(join(ROOT, '.github/CODEOWNERS'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  let owners: string[] = [];
  for (const line of lines) {
    const [pattern, ...who] = line.split(/\s+/);
    const matches =
      pattern === '*' || (pattern!.endsWith('/') ? `/${path}`.startsWith(pattern!) : `/${path}` === pattern);
    if (matches) owners = who;
  }
  return owners;
}

describe('CODEOWNERS', () => {
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
  ])('gives %s a team of maintainers as owner', (path) => {
    expect(ownersOf(path)).toEqual(['@annotated-edition/maintainers']);
  });

  it('leaves the editors’ data to the check', () => {
    expect(ownersOf('content/claims/aleppo-50000.yaml')).toEqual([]);
  });

  it('names no placeholder owner', () => {
    expect(readFileSync(join(ROOT, '.github/CODEOWNERS'), 'utf8')).not.toMatch(/^[^#]*@maintainers\b/m);
  });
});

const workflow = (name: string) =>
  parse(readFileSync(join(ROOT, '.github/workflows', name), 'utf8')) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown>; run?: string }[] }>;
  };

describe('the workflows that judge a pull request', () => {
  it.each(['provenance.yml', 'review-summary.yml'])(
    '%s runs the base branch’s code, takes content/ as data and refuses links',
    (name) => {
      const flow = workflow(name);
      expect(Object.keys(flow.on)).toEqual(['pull_request_target']);
      expect(flow.permissions['contents']).toBe('read');
      const steps = Object.values(flow.jobs).flatMap((job) => job.steps);
      const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout'))!;
      expect(checkout.with?.['ref']).toBe('${{ github.event.pull_request.base.sha }}');
      expect(checkout.with?.['persist-credentials']).toBe(false);
      const take = steps.find((step) => step.run?.includes('pr-head -- content'))!.run!;
      expect(take).toContain('git -c core.symlinks=false checkout pr-head -- content');
      expect(take).toContain('find content -type l');
      // Nothing of the pull request but content/ is checked out.
      for (const step of steps) expect(step.run ?? '').not.toMatch(/checkout pr-head(?! -- content)/);
    },
  );

  it('the provenance job has read access only and runs the base branch’s check with --base', () => {
    const flow = workflow('provenance.yml');
    expect(flow.permissions).toEqual({ contents: 'read' });
    const runs = flow.jobs['provenance']!.steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toContain('npm run check -- ');
    expect(runs).toContain('--base ${{ github.event.pull_request.base.sha }}');
    expect(runs).toContain("':(exclude)content/'");
  });

  it('no workflow that runs on pull_request has write access or runs the guard from the pull request’s own code', () => {
    for (const name of readdirSync(join(ROOT, '.github/workflows'))) {
      const flow = workflow(name);
      if (!('pull_request' in flow.on)) continue;
      expect(Object.values(flow.permissions ?? {}).every((level) => level === 'read')).toBe(true);
      const runs = Object.values(flow.jobs)
        .flatMap((job) => job.steps)
        .map((step) => step.run ?? '');
      expect(runs.some((run) => run.includes('--base'))).toBe(false);
    }
  });
});
