/**
 * ARCHITECTURE.md must describe the tree as it is: every folder under src/,
 * tools/ and e2e/ is named in it, and every test file sits in one of the folders
 * of tests/ that a Vitest project runs (a file elsewhere would run in none).
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readProjectFile } from '../support/helpers.ts';

const architecture = readProjectFile('ARCHITECTURE.md');
/** The folders of tests/ that hold tests, one Vitest project each (vitest.config.ts). */
const KINDS = ['unit', 'site', 'build', 'docs'];

const foldersIn = (top: string) =>
  readdirSync(join(ROOT, top), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${top}/${entry.name}/`);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

describe('ARCHITECTURE.md', () => {
  it.each(['src', 'tools', 'e2e'])('names every folder under %s/', (top) => {
    const folders = foldersIn(top);
    expect(folders.length).toBeGreaterThan(2);
    expect(folders.filter((folder) => !architecture.includes(`\`${folder}\``))).toEqual([]);
  });

  it('names the folder of each kind of test', () => {
    for (const kind of KINDS) expect(architecture).toContain(`\`tests/${kind}/\``);
  });
});

describe('tests/', () => {
  const config = readProjectFile('vitest.config.ts');

  it('runs each kind of test in a Vitest project of its own', () => {
    for (const kind of KINDS) {
      expect(config).toContain(`name: '${kind}'`);
      expect(config).toContain(`'tests/${kind}/**/*.test.ts'`);
    }
  });

  it('holds test files only in those folders, so that none is left out of every project', () => {
    const tests = filesUnder(join(ROOT, 'tests'))
      .map((file) => relative(ROOT, file))
      .filter((file) => /\.test\.[cm]?[jt]s$/.test(file));
    expect(tests.length).toBeGreaterThan(KINDS.length);
    expect(tests.filter((file) => !KINDS.some((kind) => file.startsWith(`tests/${kind}/`)))).toEqual([]);
  });
});
