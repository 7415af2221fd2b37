/**
 * One mistake, one message (issue 32): each mistake an editor makes by hand
 * in a copy of the real content is reported once, in its own file, with a
 * fix that fits it, and nothing that merely follows from it is reported
 * against other files. A misspelt id is answered with the ids it is close to.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '~/check/content-check.ts';
import { ROOT } from '../../support/helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'one-mistake-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CLAIM = 'content/claims/aleppo-50000.yaml';
const ARTICLE = 'content/articles/decamped-from-mosul.mdx';

/** The problems of a copy of the real content with one file edited. */
function problemsAfter(name: string, file: string, edit: (text: string) => string): string[] {
  const root = join(work, name);
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  const before = readFileSync(join(root, file), 'utf8');
  const after = edit(before);
  expect(after, `the edit "${name}" changed nothing`).not.toBe(before);
  writeFileSync(join(root, file), after);
  return checkContent(root).map(formatProblem);
}

/** The line (from 1) of the real claim file that starts with `start`. */
const lineOf = (start: string) =>
  readFileSync(join(ROOT, CLAIM), 'utf8')
    .split('\n')
    .findIndex((line) => line.startsWith(start)) + 1;

/** How many citations the real claim file has. */
const citations = () => readFileSync(join(ROOT, CLAIM), 'utf8').match(/^ {2}- source: /gm)!.length;

/** Replaces the first line that matches. */
const onLine = (pattern: RegExp, replace: (line: string) => string) => (text: string) => {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => pattern.test(line));
  expect(index, `no line matches ${pattern}`).toBeGreaterThanOrEqual(0);
  lines[index] = replace(lines[index]!);
  return lines.join('\n');
};

describe('a file that does not parse: one problem, its own, with a fix that fits it', () => {
  it.each([
    ['a tab', onLine(/^status:/, (l) => `\t${l}`), /YAML syntax: a tab indents this line \(indent with spaces only/],
    [
      'an unclosed quote',
      onLine(/^bottomLine: ".*"$/, (l) => l.slice(0, -1)),
      new RegExp(
        `:${lineOf('bottomLine:')} → YAML syntax: the text opened with " on this line is never closed \\(end it with " on the same line`,
      ),
    ],
    [
      'text after a closing quote',
      // On the claim's sentence, which holds no colon that YAML could read first.
      onLine(/^claim: "/, (l) => l.replace('claim: "', 'claim: ""x')),
      /YAML syntax: text follows the closing quote/,
    ],
    [
      'a colon in unquoted text',
      onLine(/^claim:/, () => 'claim: Ford says: yes'),
      /YAML syntax: the value holds a colon followed by a space.*\(put the value in quotes\)/,
    ],
    [
      'a field indented too far',
      onLine(/^status:/, (l) => `  ${l}`),
      /YAML syntax: this line is indented more or less than the lines it belongs with/,
    ],
  ])('%s', (name, edit, expected) => {
    const problems = problemsAfter(name, CLAIM, edit);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${CLAIM}:\\d+ → `));
    expect(problems[0]).toMatch(expected);
    expect(problems[0]).not.toMatch(/colon/.test(name) ? /tab/ : /colon followed by a space, and give each field once/);
  });

  it('an unclosed <Claim> gives at most 3 problems, none against a good claim', () => {
    const problems = problemsAfter('unclosed-claim', ARTICLE, (text) => text.replace('</Claim>', ''));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.length).toBeLessThanOrEqual(3);
    for (const problem of problems) expect(problem.startsWith(`${ARTICLE}:`), problem).toBe(true);
    expect(problems[0]).toMatch(/MDX syntax: Expected a closing tag for `<Claim>`/);
  });
});

describe('what is wrong, said once and where it lies', () => {
  it('a value of the wrong type names the type expected', () => {
    const problems = problemsAfter(
      'wrong-type',
      CLAIM,
      onLine(/^claim:/, () => 'claim: [a, b]'),
    );
    expect(problems).toEqual([
      `${CLAIM}:${lineOf('claim:')} → claim: must be text, not a list (- item lines, or [a, b])`,
    ]);
  });

  it('a list item indented too far: the ids run together, said once, no other file blamed', () => {
    // A claim's sources are citations now (issue 31); an event's are still a list of ids, written here as a block.
    const problems = problemsAfter('over-indented-item', 'content/events/aleppo-retaken.yaml', (text) =>
      text.replace(/^sources: \[(\S+), (\S+)\]$/m, 'sources:\n  - $1\n    $2'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/→ sources\[0\]: ".+ .+" is 2 ids run together: a list item indented further/);
    expect(problems[0]).not.toMatch(/add content\/sources\//);
  });

  it('a misspelt speaker id: did you mean, and no follow-on in the article', () => {
    const problems = problemsAfter(
      'speaker-typo',
      CLAIM,
      onLine(/^speaker:/, () => 'speaker: peterf-ord'),
    );
    expect(problems).toEqual([
      `${CLAIM}:${lineOf('speaker:')} → speaker: "peterf-ord" is not an id in content/speakers/: did you mean peter-ford?`,
    ]);
  });

  it('a misspelt source id: did you mean, and the source it meant is not called uncited', () => {
    const problems = problemsAfter(
      'source-typo',
      CLAIM,
      onLine(/^ {2}- source: lwj-2016-12-aleppo-forces$/, () => '  - source: lwj-2016-12-aleppo-force'),
    );
    expect(problems).toEqual([
      `${CLAIM}:${lineOf('  - source: lwj-2016-12-aleppo-forces')} → sources[0].source: "lwj-2016-12-aleppo-force" is not an id in content/sources/: did you mean lwj-2016-12-aleppo-forces?`,
    ]);
  });

  it('a misspelt field name: did you mean', () => {
    const problems = problemsAfter(
      'field-typo',
      CLAIM,
      onLine(/^bottomLine:/, (l) => l.replace('bottomLine', 'bottomline')),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /→ bottomline: is not a field of this schema \(did you mean bottomLine\? Otherwise remove it;/,
    );
  });

  it('a misspelt <Claim id>: did you mean, and no advice to delete the claim it meant', () => {
    const problems = problemsAfter('claim-ref-typo', ARTICLE, (text) =>
      text.replace('<Claim id="aleppo-50000">', '<Claim id="aleppo-5000">'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /<Claim id="aleppo-5000">: no claim has the id "aleppo-5000": did you mean aleppo-50000\?/,
    );
  });
});

describe('no silent pass', () => {
  it('a source cited twice in one list, with the same passage (issue 31: two passages of one source may stand)', () => {
    // The claim's first citation written again after the list (its three lines, as the file has them).
    const first = (text: string) =>
      text.slice(text.indexOf('  - source:'), text.indexOf('  - source:', text.indexOf('  - source:') + 1));
    const problems = problemsAfter('source-twice', CLAIM, (text) =>
      text.replace(/\nevents:/, `\n${first(text)}events:`),
    );
    const events =
      readFileSync(join(ROOT, CLAIM), 'utf8')
        .split('\n')
        .findIndex((line) => line === 'events:') + 1;
    expect(problems).toEqual([
      `${CLAIM}:${events} → sources[${citations()}]: "lwj-2016-12-aleppo-forces" is cited twice in sources with the same passage (also as sources[0]); remove one, or cite the other passage or source you meant`,
    ]);
  });

  describe('the provenance pin’s firstCommit, against the repository’s history', () => {
    const PIN = 'content/raw/decamped-from-mosul.yaml';
    const root = join(work, 'with-history');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, GIT_COMMITTER_DATE: '2026-12-01T12:00:00Z', GIT_AUTHOR_DATE: '2026-12-01T12:00:00Z' },
      }).trim();
    const pin = readFileSync(join(ROOT, PIN), 'utf8');
    const withFirstCommit = (value: string | undefined) =>
      pin.replace(/^firstCommit:\n(?: {2}.*\n)+/m, value === undefined ? '' : `firstCommit:\n${value}`);
    const problemsWith = (value: string | undefined) => {
      writeFileSync(join(root, PIN), withFirstCommit(value));
      return checkContent(root).map(formatProblem);
    };

    it('works without a future hash, then asks for the real one, and refuses any other', () => {
      cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
      git('init', '-q');
      // Before the scrape is committed, the pin needs no hash (none exists yet); a made-up one is refused.
      expect(problemsWith(undefined)).toEqual([]);
      expect(problemsWith(`  commit: ${'b'.repeat(40)}\n  date: "2026-12-01"\n`)[0]).toMatch(
        /firstCommit.commit: b{40} cannot have added content\/raw\/decamped-from-mosul.txt: no commit has added it yet \(leave firstCommit out/,
      );
      writeFileSync(join(root, PIN), withFirstCommit(undefined));
      git('add', 'content');
      git('commit', '-qm', 'Add the scrape');
      const commit = git('rev-parse', 'HEAD');
      expect(problemsWith(undefined)).toEqual([
        `${PIN}:3 → firstCommit: is missing: content/raw/decamped-from-mosul.txt was first added by commit ${commit} on 2026-12-01 (write firstCommit: { commit: ${commit}, date: "2026-12-01" })`,
      ]);
      expect(problemsWith(`  commit: ${commit}\n  date: "2026-12-01"\n`)).toEqual([]);
      expect(problemsWith(`  commit: ${'a'.repeat(40)}\n  date: "2026-12-01"\n`)[0]).toMatch(
        new RegExp(`firstCommit.commit: a{40} is not a commit of this repository.*commit ${commit} did, on 2026-12-01`),
      );
      expect(problemsWith(`  commit: ${commit}\n  date: "2026-11-30"\n`)[0]).toMatch(
        /firstCommit.date: 2026-11-30 is not the date of commit/,
      );
    });
  });
});
