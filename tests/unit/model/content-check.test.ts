/**
 * `npm run check`'s content check against a fixture of every kind of bad
 * content (tests/fixtures/content-check/bad/*): each must fail with a
 * problem naming the file and the field. The real content must pass.
 * tests/build/check-command.test.ts runs `npm run check` itself on them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkContent,
  formatFieldPath,
  formatProblem,
  parseFieldPath,
  type Problem,
} from '../../../tools/check/content-check.ts';
import { ROOT } from '../../support/helpers.ts';
import { VALID, cases, withCases, type Case } from '../../support/content-check-fixtures.ts';

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
    'content/claims/coalition-missed-4000.yaml:4 → status: "true" is not a claim status: use one of supported, partly-supported, unverified, disputed, contradicted, outdated, speculation, opinion, context',
    'content/events/russia-says-4000-regrouped.yaml:3 → sources[1]: "no-such-source" is not an id in content/sources/; add content/sources/no-such-source.yaml or correct the id',
  ]);
});

it('reads and writes field paths', () => {
  expect(parseFieldPath('facts[1].sources[0]')).toEqual(['facts', 1, 'sources', 0]);
  expect(formatFieldPath(['facts', 1, 'sources', 0])).toBe('facts[1].sources[0]');
});
