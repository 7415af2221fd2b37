/**
 * What is published: the claim files as they stand on the base a pull
 * request goes to (the merge-base of HEAD with origin/HEAD, origin/main or
 * main, or the ref given), read from git, so that the corrections rule
 * (corrections-rule.ts) can compare each claim with its published version.
 * `npm run check` and the build's loader both call it; without git, or in a
 * folder that is not the root of its work tree (a test fixture), there is
 * no base and the rule is skipped, which the check says.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { parse } from 'yaml';
import { COLLECTION_FILES } from './collections.ts';
import type { Problem } from './content-files.ts';
import { correctionProblems } from './corrections-rule.ts';

const MAIN_BRANCHES = ['origin/HEAD', 'origin/main', 'main'];

function git(root: string, args: string[], input?: string): string | undefined {
  const run = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, input });
  return run.status === 0 ? run.stdout : undefined;
}

/** Every file at `commit`, read with one `git cat-file --batch` rather than one git per file. */
function filesAt(root: string, commit: string, files: string[]): Map<string, string> {
  const texts = new Map<string, string>();
  const output = git(root, ['cat-file', '--batch'], files.map((file) => `${commit}:${file}\n`).join(''));
  if (output === undefined) return texts;
  const bytes = Buffer.from(output, 'utf8');
  let at = 0;
  for (const file of files) {
    const newline = bytes.indexOf(0x0a, at);
    if (newline < 0) break;
    const header = bytes.subarray(at, newline).toString('utf8');
    const size = /^\S+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      at = newline + 1; // "<name> missing": no content follows
      continue;
    }
    texts.set(file, bytes.subarray(newline + 1, newline + 1 + Number(size)).toString('utf8'));
    at = newline + 1 + Number(size) + 1;
  }
  return texts;
}

/** The published commit to compare with, or undefined when git has none for `root`. */
function publishedBase(root: string, ref?: string): { commit: string; label: string } | undefined {
  const top = git(root, ['rev-parse', '--show-toplevel'])?.trim();
  if (top === undefined || realpathSync(top) !== realpathSync(root)) return undefined;
  for (const candidate of ref !== undefined ? [ref] : MAIN_BRANCHES) {
    const commit = git(root, ['merge-base', 'HEAD', candidate])?.trim();
    if (commit) return { commit, label: `${candidate} (${commit.slice(0, 7)})` };
  }
  return undefined;
}

/**
 * The corrections rule over every claim published at the base: `current` gives a claim file's data as the check
 * read it (undefined when the file is gone) and the line of a field in it.
 */
export function publishedCorrectionProblems(
  root: string,
  current: (file: string) => { data: unknown; lineOf: (path: (string | number)[]) => number } | undefined,
  ref?: string,
): { problems: Problem[]; base: string } | undefined {
  const base = publishedBase(root, ref);
  if (!base) return undefined;
  const dir = COLLECTION_FILES.claims.dir;
  const files = (git(root, ['ls-tree', '-r', '--name-only', base.commit, '--', `${dir}/`]) ?? '')
    .split('\n')
    .filter((file) => file.endsWith(COLLECTION_FILES.claims.extension));
  const problems: Problem[] = [];
  const texts = filesAt(root, base.commit, files);
  for (const file of files) {
    let published: unknown;
    try {
      published = parse(texts.get(file) ?? '');
    } catch {
      continue; // what was published parsed then; a base that does not parse has nothing to protect
    }
    const now = current(file);
    problems.push(...correctionProblems(file, published, now?.data, now?.lineOf, base.label));
  }
  return { problems, base: base.label };
}
