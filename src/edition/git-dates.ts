/**
 * Real dates for the reviews: when each content file was first committed and
 * when it last changed, read from the project's git history. A file git does
 * not know (new and uncommitted, or no history in the checkout) gets the
 * build date, and says so. No date is ever typed in by hand.
 */
import { execFileSync } from 'node:child_process';

export interface FileDates {
  /** ISO 8601 date-time of the first commit that has the file. */
  created: string;
  /** ISO 8601 date-time of the last commit that changed it. */
  modified: string;
  /** Where the dates come from. */
  from: 'git' | 'build';
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;
const MARK = 'commit-date:';

/** The `git log` arguments whose output `parseGitLog` reads. */
export function gitLogArgs(paths: string[]): string[] {
  return ['log', `--format=${MARK}%cI`, '--name-only', '--no-renames', '--relative', '--', ...paths];
}

/**
 * Reads `git log --format=commit-date:%cI --name-only` output (newest commit
 * first) into first and last commit dates per file path.
 */
export function parseGitLog(output: string): Map<string, { created: string; modified: string }> {
  const dates = new Map<string, { created: string; modified: string }>();
  let current: string | undefined;
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith(MARK)) {
      const date = line.slice(MARK.length);
      if (!ISO_DATE_TIME.test(date)) throw new Error(`git log gave "${date}", which is not an ISO 8601 date-time`);
      current = date;
      continue;
    }
    if (current === undefined) throw new Error(`git log output names "${line}" before any commit date`);
    const known = dates.get(line);
    // Newest first: the first date seen is the last change, each later one is older.
    dates.set(line, { created: current, modified: known?.modified ?? current });
  }
  return dates;
}

export type GitRunner = (args: string[]) => string;

const runGit: GitRunner = (args) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 16 * 1024 * 1024 });

/**
 * First and last commit dates of each file (paths relative to the working
 * directory, as `--relative` makes git print them); the build date for files git has no history for.
 */
export function fileDates(
  files: string[],
  { run = runGit, now = new Date() }: { run?: GitRunner; now?: Date } = {},
): Map<string, FileDates> {
  let history = new Map<string, { created: string; modified: string }>();
  try {
    history = parseGitLog(run(gitLogArgs(files)));
  } catch (error) {
    // No git, or not a repository: every file gets the build date below.
    if (error instanceof Error && error.message.startsWith('git log')) throw error;
  }
  const build = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return new Map(
    files.map((file) => {
      const known = history.get(file);
      return [
        file,
        known ? { ...known, from: 'git' as const } : { created: build, modified: build, from: 'build' as const },
      ];
    }),
  );
}
