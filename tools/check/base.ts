/**
 * What a pull request changes in the files that fix the article's words: the
 * raw scrapes and their provenance pins (content/raw/). `npm run check --
 * --base <ref>` reports each as an error, and `npm run diff` puts it first,
 * in bold: such a change needs a maintainer (.github/CODEOWNERS).
 */
import { spawnSync } from 'node:child_process';

/** Runs git in `root`; throws with git's own message when it fails. */
export function git(root: string, args: string[]): string {
  const run = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${(run.stderr || run.stdout).trim()}`);
  return run.stdout;
}

/** Files under `dir` that differ between `base` and the working tree (committed or not, and new files). */
export function changedFiles(root: string, base: string, dir: string): { status: string; file: string }[] {
  const changed = git(root, ['diff', '--name-status', '--no-renames', base, '--', dir])
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [status, file] = line.split('\t');
      return { status: status!, file: file! };
    });
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '--', dir])
    .split('\n')
    .filter(Boolean)
    .map((file) => ({ status: 'A', file }));
  return [...changed, ...untracked].sort((a, b) => a.file.localeCompare(b.file));
}

const VERB: Record<string, string> = { A: 'added', D: 'deleted', M: 'changed' };

/** One sentence per changed scrape or pin. */
export function pinnedChanges(root: string, base: string): string[] {
  return changedFiles(root, base, 'content/raw').map(
    ({ status, file }) =>
      `${file} → provenance: the published article's text changed: ${file} was ${VERB[status[0]!] ?? 'changed'} since ${base} (a change to a scrape or its pin needs a maintainer's approval; see CONTRIBUTING.md, "Provenance")`,
  );
}
