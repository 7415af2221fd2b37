/**
 * What a page says about its own history: when its content last changed and
 * where an editor can change it.
 *
 * The date comes from git (the last commit that touched any of the page's
 * files). Where there is no history to ask (a copy without `.git`, files not
 * yet committed, or edited since the last commit), it falls back to the
 * files' modification time, and failing that to the build date; the page
 * says which one it shows.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

export type HistorySource = 'git' | 'file' | 'build';

export interface LastChanged {
  /** Full ISO 8601 timestamp. */
  iso: string;
  /** The calendar day, `YYYY-MM-DD`, in UTC. */
  day: string;
  source: HistorySource;
}

/** Runs git and returns its output, or undefined when git is missing or fails. */
export type GitRunner = (args: string[], cwd: string) => string | undefined;

export const runGit: GitRunner = (args, cwd) => {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
};

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * When the given files (relative to `cwd`) last changed.
 */
export function lastChanged(
  files: string[],
  { cwd = process.cwd(), git = runGit, now = new Date() }: { cwd?: string; git?: GitRunner; now?: Date } = {},
): LastChanged {
  const paths = files.filter((file) => existsSync(isAbsolute(file) ? file : join(cwd, file)));
  const newestMtime = (list: string[]) => {
    const times = list.map((file) => statSync(isAbsolute(file) ? file : join(cwd, file)).mtime.getTime());
    return times.length ? new Date(Math.max(...times)) : undefined;
  };

  if (paths.length > 0) {
    // Uncommitted or untracked changes are newer than any commit.
    const status = git(['status', '--porcelain', '--untracked-files=all', '--', ...paths], cwd);
    const committed =
      status !== undefined && status.trim() === ''
        ? git(['log', '-1', '--format=%cI', '--', ...paths], cwd)?.trim()
        : undefined;
    if (committed) {
      const date = new Date(committed);
      if (!Number.isNaN(date.getTime())) return { iso: date.toISOString(), day: dayOf(date), source: 'git' };
    }
    const saved = newestMtime(paths);
    if (saved) return { iso: saved.toISOString(), day: dayOf(saved), source: 'file' };
  }
  return { iso: now.toISOString(), day: dayOf(now), source: 'build' };
}

/** The sentence that tells a reader what the date means. */
export function describeSource(source: HistorySource): string {
  switch (source) {
    case 'git':
      return 'the date of the last commit to this page’s files';
    case 'file':
      return 'the date the files were last saved: they have changes not yet committed, or no commit history here';
    case 'build':
      return 'the date the site was built; no change history is available';
  }
}

/**
 * The "Edit this page" address on a GitHub-style host
 * (`<repository>/edit/<branch>/<file>`), or undefined when no repository
 * address is configured or it is not an https URL.
 */
export function editUrl(file: string, repoUrl: string | undefined, branch = 'main'): string | undefined {
  if (!repoUrl) return undefined;
  let url: URL;
  try {
    url = new URL(repoUrl.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.search || url.hash) return undefined;
  const repository = url.href.replace(/\/+$/, '').replace(/\.git$/, '');
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${repository}/edit/${encodeURIComponent(branch)}/${path}`;
}
