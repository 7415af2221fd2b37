/**
 * How much `npm run check` runs: everything, or only the content rules.
 *
 * An editor who changes one line of YAML should not wait for `astro check`
 * (about 40 s): no TypeScript changed, Prettier ignores content/, no workflow
 * changed, and the links need a build. So when nothing outside content/ has
 * changed since the base, the check runs the content rules alone (a few
 * seconds) and says which steps it skipped and why.
 *
 * The base is `--base <ref>` when given, else the merge-base of HEAD with the
 * branch a pull request goes to (origin/HEAD, origin/main or main, the first
 * that exists). "Changed" means the working tree against that commit:
 * committed, staged, unstaged and untracked files alike.
 *
 * Everything runs with `--full`, when CI is set (CI's clean clone must never
 * take the short path: .ci/run and GitHub Actions set it), when the project
 * is not the root of a git work tree, when no base is found, or when any file
 * outside content/ changed. `--content` asks for the short path whatever
 * changed. `npm test` passes `--full`.
 */
import { realpathSync } from 'node:fs';
import { git } from './base.ts';

export interface CheckScope {
  /** True: the content rules only; false: every step. */
  contentOnly: boolean;
  /** Why, in a phrase the check prints. */
  why: string;
}

export interface ScopeOptions {
  /** --full */
  full?: boolean;
  /** --content */
  content?: boolean;
  /** --base <ref> */
  base?: string | undefined;
  /** The environment's CI variable. */
  ci?: string | undefined;
}

/** The branches a pull request most likely goes to, in order of preference. */
const MAIN_BRANCHES = ['origin/HEAD', 'origin/main', 'main'];

/** Paths (relative to the repository) changed in the working tree since `base`, untracked files included. */
export function filesChangedSince(root: string, base: string): string[] {
  const changed = git(root, ['diff', '--name-only', '--no-renames', base, '--']).split('\n');
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard']).split('\n');
  return [...new Set([...changed, ...untracked].filter(Boolean))].sort();
}

/** The commit to compare with, and how it was chosen; undefined when there is none. */
export function checkBase(root: string, base?: string): { commit: string; label: string } | undefined {
  const candidates = base !== undefined ? [base] : MAIN_BRANCHES;
  for (const ref of candidates) {
    try {
      const commit = git(root, ['merge-base', 'HEAD', ref]).trim();
      return { commit, label: `${ref === base ? ref : `the merge-base of HEAD and ${ref}`} (${commit.slice(0, 7)})` };
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

export function checkScope(root: string, options: ScopeOptions): CheckScope {
  if (options.full) return { contentOnly: false, why: '--full' };
  if (options.content) return { contentOnly: true, why: '--content' };
  if (options.ci && options.ci !== 'false' && options.ci !== '0') {
    return { contentOnly: false, why: `CI is set (CI=${options.ci}): CI runs every step` };
  }
  let top: string;
  try {
    top = git(root, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return { contentOnly: false, why: 'not a git work tree, so nothing says what changed' };
  }
  if (realpathSync(top) !== realpathSync(root)) {
    return { contentOnly: false, why: `${root} is not the root of its git work tree, so nothing says what changed` };
  }
  const base = checkBase(root, options.base);
  if (!base) {
    return {
      contentOnly: false,
      why:
        options.base !== undefined
          ? `git finds no commit ${options.base} to compare with`
          : `no base to compare with (none of ${MAIN_BRANCHES.join(', ')} exists; --base <ref> names one)`,
    };
  }
  const changed = filesChangedSince(root, base.commit);
  const code = changed.filter((file) => !file.startsWith('content/'));
  if (code.length > 0) {
    const shown = code.slice(0, 3).join(', ');
    return {
      contentOnly: false,
      why: `files outside content/ changed since ${base.label}: ${shown}${code.length > 3 ? ` and ${code.length - 3} more` : ''}`,
    };
  }
  return {
    contentOnly: true,
    why: `only content/ changed since ${base.label} (${changed.length} file${changed.length === 1 ? '' : 's'})`,
  };
}
