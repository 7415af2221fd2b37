/**
 * `npm run check`'s content check against a fixture of every kind of bad
 * content (tests/fixtures/content-check/bad/*): each must fail with a
 * problem naming the file and the field. The real content must pass.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkContent,
  formatFieldPath,
  formatProblem,
  parseFieldPath,
  type Problem,
} from '../tools/check/content-check.ts';
import { ROOT } from './helpers.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/content-check');
const VALID = join(FIXTURES, 'valid');

interface Case {
  rule: string;
  file: string;
  field: string;
  message: string;
  delete?: string[];
  /** Files replaced by a symbolic link to the given target. */
  symlinks?: Record<string, string>;
}

const cases = readdirSync(join(FIXTURES, 'bad'))
  .sort()
  .map((name) => ({ name, ...(JSON.parse(readFileSync(join(FIXTURES, 'bad', name, 'case.json'), 'utf8')) as Case) }));

const workDir = mkdtempSync(join(tmpdir(), 'content-check-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A copy of the valid fixture with the named cases laid over it, as one pull request would. */
function withCases(...names: string[]): string {
  const dir = join(workDir, names.join('+'));
  cpSync(VALID, dir, { recursive: true });
  for (const name of names) {
    const overlay = join(FIXTURES, 'bad', name, 'content');
    if (existsSync(overlay)) cpSync(overlay, join(dir, 'content'), { recursive: true });
    const { delete: deleted = [], symlinks = {} } = cases.find((c) => c.name === name)!;
    for (const file of deleted) rmSync(join(dir, file));
    for (const [file, target] of Object.entries(symlinks)) {
      rmSync(join(dir, file), { force: true });
      symlinkSync(target, join(dir, file));
    }
  }
  return dir;
}

const named = (problems: Problem[], c: Case) => problems.find((p) => p.file === c.file && p.field === c.field);

describe('the real content and the valid fixture', () => {
  it('the real content passes every check', () => {
    expect(checkContent(ROOT).map(formatProblem)).toEqual([]);
  });

  it('the valid fixture passes every check', () => {
    expect(checkContent(VALID).map(formatProblem)).toEqual([]);
  });
});

describe('each kind of bad content fails, naming the file and the field', () => {
  it('has at least 15 kinds, malicious MDX among them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(cases.filter((c) => c.name.startsWith('mdx-')).length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)('$name: $rule', (c) => {
    const problems = checkContent(withCases(c.name));
    const problem = named(problems, c);
    expect(
      problem,
      `no problem names ${c.file} → ${c.field}; got:\n${problems.map(formatProblem).join('\n')}`,
    ).toBeDefined();
    expect(problem!.message).toMatch(new RegExp(c.message));
    const line = formatProblem(problem!);
    expect(line.startsWith(`${c.file}`)).toBe(true);
    expect(line).toContain(` → ${c.field}: `);
    // A problem inside a file says on which line; only whole-file problems have none.
    if (!['file name', 'id', 'article text', 'file'].includes(c.field)) expect(problem!.line).toBeGreaterThan(0);
  });
});

it('never quotes a file that a link points to', () => {
  const problems = checkContent(withCases('symlink-data-file', 'symlink-raw-scrape')).map(formatProblem);
  expect(problems.length).toBeGreaterThan(0);
  for (const target of ['/etc/passwd', '/etc/hostname']) {
    const firstLine = readFileSync(target, 'utf8').split('\n')[0]!.trim();
    for (const problem of problems) expect(problem).not.toContain(firstLine);
  }
});

it('reports several problems in different files together, in one run', () => {
  const problems = checkContent(withCases('date-in-future', 'claim-without-source', 'mdx-script', 'orphan-claim'));
  for (const name of ['date-in-future', 'claim-without-source', 'mdx-script', 'orphan-claim']) {
    expect(
      named(
        problems,
        cases.find((c) => c.name === name)!,
      ),
      name,
    ).toBeDefined();
  }
});

it('puts a problem on the line of its field', () => {
  const problems = checkContent(withCases('unknown-source-id', 'status-not-in-vocabulary'));
  expect(problems.map(formatProblem)).toEqual([
    'content/claims/coalition-missed-4000.yaml:3 → status: "true" is not a claim status: use one of supported, partly-supported, unverified, disputed, contradicted, outdated, speculation, opinion, context',
    'content/events/russia-says-4000-regrouped.yaml:3 → sources[1]: "no-such-source" is not an id in content/sources/; add content/sources/no-such-source.yaml or correct the id',
  ]);
});

it('reads and writes field paths', () => {
  expect(parseFieldPath('facts[1].sources[0]')).toEqual(['facts', 1, 'sources', 0]);
  expect(formatFieldPath(['facts', 1, 'sources', 0])).toBe('facts[1].sources[0]');
});

describe('npm run check (tools/check/check.ts)', () => {
  const check = (root: string) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'tools/check/check.ts'),
        '--no-types',
        '--no-format',
        '--no-links',
        '--root',
        root,
      ],
      {
        encoding: 'utf8',
      },
    );

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

  it('passes content that follows every rule, and exits with 0', () => {
    const run = check(VALID);
    expect(run.stdout).toContain('npm run check: all clear');
    expect(run.status).toBe(0);
  });
});
