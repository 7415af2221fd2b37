/**
 * The raw scrape line by line, each line with what the cleaner did with it:
 * removed (and why), read as the dateline or the headline, kept as a block of
 * the article, or skipped as a blank line between paragraphs. The about page
 * shows it beside the cleaned text.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { z } from 'astro/zod';
import { httpsUrl, nonEmptyText, partialDate } from '~/model/schemas.ts';
import type { ArticleBlock, CleanedArticle } from './cleaner.ts';

export type LineFate =
  | { kind: 'removed'; why: string }
  | { kind: 'dateline' }
  | { kind: 'headline' }
  | { kind: 'block'; block: ArticleBlock['kind'] }
  | { kind: 'blank' };

export interface ProvenanceLine {
  /** 1-based line number in the scrape. */
  line: number;
  text: string;
  fate: LineFate;
}

export function provenance(raw: string, cleaned: CleanedArticle): ProvenanceLine[] {
  const removed = new Map(cleaned.removed.map((r) => [r.line, r.why]));
  const blocks = new Map(cleaned.blocks.map((b) => [b.line, b.kind]));
  let datelineSeen = false;
  let headlineSeen = false;
  return raw
    .replace(/\r?\n$/, '')
    .split(/\r?\n/)
    .map((text, index): ProvenanceLine => {
      const line = index + 1;
      const why = removed.get(line);
      if (why !== undefined) return { line, text, fate: { kind: 'removed', why } };
      const block = blocks.get(line);
      if (block !== undefined) return { line, text, fate: { kind: 'block', block } };
      if (text.trim() === '') return { line, text, fate: { kind: 'blank' } };
      if (!datelineSeen && text === cleaned.dateline) {
        datelineSeen = true;
        return { line, text, fate: { kind: 'dateline' } };
      }
      if (!headlineSeen && text === cleaned.headline) {
        headlineSeen = true;
        return { line, text, fate: { kind: 'headline' } };
      }
      throw new Error(
        `line ${line} of the scrape is neither removed nor used by the cleaner: ${JSON.stringify(text.slice(0, 60))}`,
      );
    });
}

export const BLOCK_KIND_LABELS: Record<ArticleBlock['kind'], string> = {
  standfirst: 'standfirst',
  paragraph: 'paragraph',
  related: 'related link (kept as text)',
  turn: 'interview turn',
  statement: 'quoted statement',
  disclaimer: 'closing disclaimer',
};

/**
 * The provenance pin of an article: `content/raw/<article>.yaml`, beside its
 * scrape. It records where the scrape came from and how, and the scrape's
 * SHA-256, so that a pull request cannot change the article's words by
 * changing the article and its scrape together: the check and the build
 * refuse a scrape whose hash differs from its pin, and a change to a scrape
 * or a pin needs a maintainer (`.github/CODEOWNERS`, `npm run check -- --base`).
 */
export const provenancePinSchema = z.strictObject({
  /** The page the scrape was taken from; the article's `originalUrl` must be the same. */
  originalUrl: httpsUrl,
  /** The outlet that published the page; the article's `outlet` must be the same. */
  outlet: nonEmptyText,
  /** When the scrape was taken, as a date, or "not recorded" where nobody wrote it down. */
  taken: z.union([z.literal('not recorded'), partialDate]),
  /**
   * The commit that first added the scrape to the repository, and its date: the earliest record there is.
   * Left out while the scrape is not yet committed (its hash does not exist yet); the check then asks for it,
   * giving the hash and date to copy (`firstCommitProblem`).
   */
  firstCommit: z
    .strictObject({
      commit: z.string().regex(/^[0-9a-f]{40}$/, { error: 'must be a full 40-character commit hash' }),
      date: partialDate,
    })
    .optional(),
  /** How the scrape was taken, in a sentence. */
  method: nonEmptyText,
  /** The SHA-256 of the scrape file's bytes, in hexadecimal (`sha256sum content/raw/<article>.txt`). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lower-case hexadecimal digits' }),
});

/** The pin's file for a scrape: `content/raw/x.txt` → `content/raw/x.yaml`. */
export const pinFileOf = (rawScrape: string) => rawScrape.replace(/\.txt$/, '.yaml');

/** The SHA-256 of a scrape's bytes, in hexadecimal. */
export const sha256Of = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Runs git in `root`; its output, or undefined when git fails or is missing. */
function git(root: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * What is wrong with a pin's `firstCommit`, checked against the repository's
 * history: it must be the commit that first added the scrape (the oldest
 * commit of `git log --diff-filter=A`), with that commit's date; while the
 * scrape is in no commit yet it is left out. Returns the problem's message
 * and fix, or undefined when it is right, or when `root` is not the top of a
 * git work tree (a copy without history, where nothing can be checked).
 */
export function firstCommitProblem(
  root: string,
  rawScrape: string,
  firstCommit: { commit: string; date: string } | undefined,
): { field: 'firstCommit' | 'firstCommit.commit' | 'firstCommit.date'; message: string; fix: string } | undefined {
  const top = git(root, ['rev-parse', '--show-toplevel']);
  if (top === undefined || realpathSync(top) !== realpathSync(root)) return undefined;
  // A shallow clone (hosts such as Netlify build from one) lacks the older commits: nothing can be checked there.
  if (git(root, ['rev-parse', '--is-shallow-repository']) !== 'false') return undefined;
  const added = git(root, ['log', '--diff-filter=A', '--format=%H %cs', '--', rawScrape])?.split('\n').filter(Boolean);
  const oldest = added?.at(-1)?.split(' ');
  if (oldest === undefined) {
    return firstCommit === undefined
      ? undefined
      : {
          field: 'firstCommit.commit',
          message: `${firstCommit.commit} cannot have added ${rawScrape}: no commit has added it yet`,
          fix: 'leave firstCommit out until the scrape is committed; the check then gives the hash and date to write',
        };
  }
  const [commit, date] = oldest as [string, string];
  const write = `write firstCommit: { commit: ${commit}, date: "${date}" }`;
  if (firstCommit === undefined) {
    return {
      field: 'firstCommit',
      message: `is missing: ${rawScrape} was first added by commit ${commit} on ${date}`,
      fix: write,
    };
  }
  if (firstCommit.commit !== commit) {
    const real = git(root, ['cat-file', '-t', firstCommit.commit]) === 'commit';
    return {
      field: 'firstCommit.commit',
      message: `${firstCommit.commit} is ${real ? 'a commit of this repository, but not the one that first added' : 'not a commit of this repository, so it cannot have added'} ${rawScrape}; commit ${commit} did, on ${date}`,
      fix: write,
    };
  }
  if (firstCommit.date !== date) {
    return {
      field: 'firstCommit.date',
      message: `${firstCommit.date} is not the date of commit ${commit}: ${date}`,
      fix: write,
    };
  }
  return undefined;
}
