/**
 * Page and review history from git, read once per build.
 *
 * One batched `git log` over the checkout gives, for every file, the first
 * and the last commit that touched it; one `git diff HEAD` and one
 * `git ls-files --others` say which files have changes not yet committed.
 * From that:
 *   - `fileDates` dates the reviews (first and last commit of each claim file);
 *   - `lastChanged` dates a page (the newest commit of any of its files), or
 *     falls back to the files' saved time when one has uncommitted changes,
 *     and to the build date when none exists.
 * A file git does not know gets the build date, and says so. A shallow clone
 * has no first commits to give, so its dates would be wrong: it is detected,
 * said in the build output, and treated as having no history. No date is
 * ever typed in by hand.
 *
 * Git gives dates only. Corrections are written for readers in the claim
 * files (src/edition/corrections.ts): no commit subject, written for
 * developers, reaches a page or a feed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { repositoryBase, repositorySettings } from '~/site/site.ts';

export interface FileDates {
  /** ISO 8601 date-time of the first commit that has the file. */
  created: string;
  /** ISO 8601 date-time of the last commit that changed it. */
  modified: string;
  /** Where the dates come from. */
  from: 'git' | 'build';
}

export type HistorySource = 'git' | 'file' | 'build';

export interface LastChanged {
  /** Full ISO 8601 timestamp. */
  iso: string;
  /** The calendar day, `YYYY-MM-DD`, in UTC. */
  day: string;
  source: HistorySource;
}

/** Runs git in `cwd` and returns its output, or undefined when git is missing or fails. */
export type GitRunner = (args: string[], cwd: string) => string | undefined;

export const runGit: GitRunner = (args, cwd) => {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
};

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
export function parseGitLog(
  output: string,
  now: Date = new Date(),
): Map<string, { created: string; modified: string }> {
  // A commit's date is whatever its author's clock or a forged GIT_COMMITTER_DATE said: none may be after the build.
  const latest = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const dates = new Map<string, { created: string; modified: string }>();
  let current: string | undefined;
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith(MARK)) {
      const date = line.slice(MARK.length);
      if (!ISO_DATE_TIME.test(date)) throw new Error(`git log gave "${date}", which is not an ISO 8601 date-time`);
      current = Date.parse(date) > now.getTime() ? latest : date;
      continue;
    }
    if (current === undefined) throw new Error(`git log output names "${line}" before any commit date`);
    const known = dates.get(line);
    // Newest first: the first date seen is the last change, each later one is older.
    dates.set(line, { created: current, modified: known?.modified ?? current });
  }
  return dates;
}

/** What git knows of the checkout, paths relative to the folder it was read from. */
export interface RepoHistory {
  /** First and last commit dates of every file in the history. */
  commits: Map<string, { created: string; modified: string }>;
  /** Files with changes not yet committed (staged, unstaged or untracked). */
  uncommitted: Set<string>;
  /** Why there is no usable history, when there is none. */
  unavailable?: 'no-git' | 'shallow' | undefined;
}

const lines = (output: string | undefined) => (output ?? '').split('\n').filter((line) => line.trim() !== '');

/** Reads the history with three git commands (four with the shallow test). */
export function readRepoHistory(cwd: string, git: GitRunner = runGit): RepoHistory {
  const none = (unavailable: RepoHistory['unavailable']): RepoHistory => ({
    commits: new Map(),
    uncommitted: new Set(),
    unavailable,
  });
  const shallow = git(['rev-parse', '--is-shallow-repository'], cwd);
  if (shallow === undefined) return none('no-git');
  if (shallow.trim() === 'true') return none('shallow');
  const log = git(gitLogArgs(['.']), cwd);
  if (log === undefined) return none('no-git');
  return {
    commits: parseGitLog(log),
    uncommitted: new Set([
      ...lines(git(['diff', 'HEAD', '--name-only', '--no-renames', '--relative'], cwd)),
      ...lines(git(['ls-files', '--others', '--exclude-standard'], cwd)),
    ]),
  };
}

let buildHistory: RepoHistory | undefined;

/**
 * The history of the folder the build runs in, read once per build. A
 * shallow clone is said once in the build output.
 */
export function projectHistory(): RepoHistory {
  if (!buildHistory) {
    buildHistory = readRepoHistory(process.cwd());
    if (buildHistory.unavailable === 'shallow') {
      console.warn(
        '[history] This checkout is a shallow clone, so git cannot tell when files were first committed: ' +
          'pages and reviews show the build date instead. Fetch the whole history (git fetch --unshallow) for real dates.',
      );
    }
  }
  return buildHistory;
}

const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * First and last commit dates of each file (paths relative to the folder the
 * history was read from); the build date for files git has no history for.
 */
export function fileDates(
  files: string[],
  { history = projectHistory(), now = new Date() }: { history?: RepoHistory; now?: Date } = {},
): Map<string, FileDates> {
  const build = isoSeconds(now);
  return new Map(
    files.map((file) => {
      const known = history.commits.get(file);
      return [
        file,
        known ? { ...known, from: 'git' as const } : { created: build, modified: build, from: 'build' as const },
      ];
    }),
  );
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** What `lastChanged` needs to know of one file. */
interface FileFacts {
  exists: boolean;
  uncommitted: boolean;
  /** The last commit's time in ms, when git has the file. */
  committed?: number | undefined;
  /** The file's saved time in ms, read when first needed. */
  saved?: number;
}

/**
 * Facts per file for the build's own history, asked of the file system and
 * parsed once per build: an article page lists every content file, so
 * without this each page would test and date thousands of files again.
 */
const buildFacts = new Map<string, FileFacts>();

function factsOf(
  file: string,
  cwd: string,
  history: RepoHistory,
  cache: Map<string, FileFacts> | undefined,
): FileFacts {
  const known = cache?.get(file);
  if (known) return known;
  const modified = history.commits.get(file)?.modified;
  const facts: FileFacts = {
    exists: existsSync(isAbsolute(file) ? file : join(cwd, file)),
    uncommitted: history.uncommitted.has(file),
    committed: modified === undefined ? undefined : new Date(modified).getTime(),
  };
  cache?.set(file, facts);
  return facts;
}

function savedTime(file: string, cwd: string, facts: FileFacts): number {
  facts.saved ??= statSync(isAbsolute(file) ? file : join(cwd, file)).mtime.getTime();
  return facts.saved;
}

/** When the given files (relative to `cwd`) last changed. */
export function lastChanged(
  files: string[],
  {
    cwd = process.cwd(),
    history = cwd === process.cwd() ? projectHistory() : readRepoHistory(cwd),
    now = new Date(),
  }: { cwd?: string; history?: RepoHistory; now?: Date } = {},
): LastChanged {
  // Only the build's own history is cached: files do not change during a build.
  const cache = history === buildHistory && cwd === process.cwd() ? buildFacts : undefined;
  const paths = files
    .map((file) => ({ file, facts: factsOf(file, cwd, history, cache) }))
    .filter(({ facts }) => facts.exists);
  if (paths.length > 0) {
    // Uncommitted or untracked changes are newer than any commit.
    if (!paths.some(({ facts }) => facts.uncommitted)) {
      let newestCommit = -Infinity;
      for (const { facts } of paths)
        if (facts.committed !== undefined) newestCommit = Math.max(newestCommit, facts.committed);
      if (newestCommit > -Infinity) {
        const newest = new Date(newestCommit);
        return { iso: newest.toISOString(), day: dayOf(newest), source: 'git' };
      }
    }
    let newestSave = -Infinity;
    for (const { file, facts } of paths) newestSave = Math.max(newestSave, savedTime(file, cwd, facts));
    const saved = new Date(newestSave);
    return { iso: saved.toISOString(), day: dayOf(saved), source: 'file' };
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
  const repository = repositoryBase(repoUrl);
  if (!repository) return undefined;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${repository}/edit/${encodeURIComponent(branch)}/${path}`;
}

/** What a page says about its own history, as plain props for `PageHistory`. */
export interface PageHistoryInfo {
  changed: LastChanged;
  /** The file an editor opens first. */
  file: string;
  /** "Edit this page", where REPO_URL names the repository. */
  editHref?: string | undefined;
}

/** A page's history: its files' last change and where to edit the first one. */
export function pageHistory(files: [string, ...string[]]): PageHistoryInfo {
  const { repoUrl, branch } = repositorySettings();
  return { changed: lastChanged(files), file: files[0], editHref: editUrl(files[0], repoUrl, branch) };
}
