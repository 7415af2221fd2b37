/**
 * The review summary of a pull request, in Markdown: what a reviewer must
 * see, from the content at the base commit and the content now. At the top,
 * in bold, any change to the article's words, a raw scrape or a provenance
 * pin, and any claim whose status changed without a new `corrections:` entry
 * (readers learn of a change only from those entries); then claims added,
 * removed or changed (status before → after), and
 * sources, speakers and the other collections' entries added, removed or
 * changed. It reads files with git and `yaml`; it judges nothing (the check
 * does): a file that does not parse is listed as changed.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { claimQuotes } from '~/article/text-quotes.ts';
import { COLLECTION_FILES, DATA_COLLECTIONS, type ContentCollection } from '~/model/collections.ts';
import { frontmatterOf } from '~/model/content-files.ts';
import { changedFiles, git } from '../check/base.ts';

type Files = Map<string, string>;

/** The content files of a collection at `base`, by id. */
function filesAt(root: string, base: string, collection: ContentCollection): Files {
  const { dir, extension } = COLLECTION_FILES[collection];
  // Listing the folder's path at `base` (not `base:dir`) gives nothing, rather than an error, where it did not exist.
  const names = git(root, ['ls-tree', '--name-only', base, `${dir}/`])
    .split('\n')
    .filter(Boolean)
    .map((path) => path.slice(dir.length + 1));
  const files: Files = new Map();
  for (const name of names) {
    if (name.endsWith(extension)) {
      files.set(name.slice(0, -extension.length), git(root, ['show', `${base}:${dir}/${name}`]));
    }
  }
  return files;
}

/** The content files of a collection in the working tree, by id. */
function filesNow(root: string, collection: ContentCollection): Files {
  const { dir, extension } = COLLECTION_FILES[collection];
  const files: Files = new Map();
  if (!existsSync(join(root, dir))) return files;
  // Nor is a folder that is a link (content/ or content/claims/ pointing elsewhere): it is read as empty.
  const steps = dir.split('/');
  if (steps.some((_, i) => lstatSync(join(root, ...steps.slice(0, i + 1))).isSymbolicLink())) return files;
  for (const name of readdirSync(join(root, dir)).sort()) {
    if (!name.endsWith(extension)) continue;
    // A link is never followed (it could point at any file of the machine that runs this).
    const path = join(root, dir, name);
    const text = lstatSync(path).isFile() ? readFileSync(path, 'utf8') : '(not a plain file: not read)';
    files.set(name.slice(0, -extension.length), text);
  }
  return files;
}

function dataOf(text: string): Record<string, unknown> {
  try {
    const data: unknown = parse(text);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Each `<Claim>` mark of an article, by claim id and occurrence, with its words and where they start. */
function marksOf(mdx: string): Map<string, { exact: string; start: number }> {
  const frontmatter = frontmatterOf(mdx);
  const body = frontmatter === undefined ? mdx : mdx.slice(mdx.indexOf('---', 3) + 3);
  try {
    return new Map(
      claimQuotes(body).quotes.map((q) => [`${q.claimId}#${q.occurrence}`, { exact: q.exact, start: q.start }]),
    );
  } catch {
    return new Map();
  }
}

/** Files changed outside content/ between `base` and `head` (or the working tree): every one of them is code. */
export function codeChanges(root: string, base: string, head?: string): string[] {
  const files =
    head === undefined
      ? changedFiles(root, base, '.').map((c) => c.file)
      : git(root, ['diff', '--name-only', '--no-renames', base, head, '--']).split('\n').filter(Boolean);
  return files.filter((file) => !file.startsWith('content/')).sort();
}

/** The article's words, paragraph by paragraph, without markup. */
function wordsOf(mdx: string): string[] {
  const frontmatter = frontmatterOf(mdx);
  const body = frontmatter === undefined ? mdx : mdx.slice(mdx.indexOf('---', 3) + 3);
  try {
    return claimQuotes(body).blocks;
  } catch {
    return [body];
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const changedFields = (before: Record<string, unknown>, after: Record<string, unknown>) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !same(before[key], after[key]));
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
/** A title from the pull request's content, as plain text: no links, images, mentions or HTML in the comment. */
const plain = (text: string) =>
  (text.length > 200 ? `${text.slice(0, 200)}…` : text).replace(/\s+/g, ' ').replace(/[\\`*_[\]()!<>|@~#]/g, '\\$&');

export function reviewSummary(root: string, base: string, headCommit?: string): string {
  const alerts: string[] = [];
  const sections: string[] = [];

  // Everything outside content/ is code (public/ too), whatever else the summary says.
  const changedCode = codeChanges(root, base, headCommit);
  if (changedCode.length > 0) {
    alerts.push(
      `**A code change: ${changedCode.length} file${changedCode.length === 1 ? '' : 's'} outside content/ changed** (${changedCode
        .slice(0, 20)
        .map(code)
        .join(', ')}${changedCode.length > 20 ? ', …' : ''}). It needs a maintainer's review (CODEOWNERS).`,
    );
  }

  // The article's words.
  const articlesBefore = filesAt(root, base, 'articles');
  const articlesNow = filesNow(root, 'articles');
  for (const id of new Set([...articlesBefore.keys(), ...articlesNow.keys()])) {
    const before = articlesBefore.get(id);
    const after = articlesNow.get(id);
    const file = `content/articles/${id}.mdx`;
    if (before === undefined) alerts.push(`**A new article: ${code(file)}.**`);
    else if (after === undefined) alerts.push(`**An article was deleted: ${code(file)}.**`);
    else {
      const [wordsBefore, wordsAfter] = [wordsOf(before), wordsOf(after)];
      const paragraphs = wordsBefore
        .map((text, i) => (text === wordsAfter[i] ? undefined : i + 1))
        .filter((n): n is number => n !== undefined);
      if (wordsAfter.length !== wordsBefore.length || paragraphs.length > 0) {
        alerts.push(
          `**The article's words changed in ${code(file)}** (paragraph${paragraphs.length === 1 ? '' : 's'} ${paragraphs.join(', ') || 'count'}; ${wordsBefore.length} → ${wordsAfter.length} paragraphs).`,
        );
      }
      // Every mark added, moved or removed, with its words before and after: a note must stay on its words.
      const [marksBefore, marksAfter] = [marksOf(before), marksOf(after)];
      const marks: string[] = [];
      for (const key of [...new Set([...marksBefore.keys(), ...marksAfter.keys()])].sort()) {
        const [a, b] = [marksBefore.get(key), marksAfter.get(key)];
        const id = key.replace(/#1$/, '');
        if (a === undefined) marks.push(`added ${code(id)} on “${plain(b!.exact)}”`);
        else if (b === undefined) marks.push(`removed ${code(id)} from “${plain(a.exact)}”`);
        else if (a.exact !== b.exact || (a.start !== b.start && paragraphs.length === 0)) {
          marks.push(`moved ${code(id)} from “${plain(a.exact)}” to “${plain(b.exact)}”`);
        }
      }
      if (marks.length > 0) alerts.push(`**Claim marks changed in ${code(file)}:** ${marks.join('; ')}.`);
      const metaBefore = dataOf(frontmatterOf(before) ?? '');
      const metaAfter = dataOf(frontmatterOf(after) ?? '');
      const fields = changedFields(metaBefore, metaAfter);
      if (fields.length > 0) {
        alerts.push(`**The article's metadata changed in ${code(file)}:** ${fields.map(code).join(', ')}.`);
      }
    }
  }
  for (const { status, file } of changedFiles(root, base, 'content/raw')) {
    const what = file.endsWith('.txt') ? 'raw scrape' : 'provenance pin';
    const verb = status.startsWith('A') ? 'added' : status.startsWith('D') ? 'deleted' : 'changed';
    alerts.push(`**A ${what} was ${verb}: ${code(file)}.** It needs a maintainer's approval.`);
  }

  for (const collection of DATA_COLLECTIONS) {
    const before = filesAt(root, base, collection);
    const after = filesNow(root, collection);
    const lines: string[] = [];
    for (const id of [...new Set([...before.keys(), ...after.keys()])].sort()) {
      const a = before.get(id);
      const b = after.get(id);
      if (a === b) continue;
      const dataA = a === undefined ? {} : dataOf(a);
      const dataB = b === undefined ? {} : dataOf(b);
      const title = (data: Record<string, unknown>) =>
        plain([data['claim'], data['title'], data['name'], data['alleged']].find((v) => typeof v === 'string') ?? '');
      if (a === undefined) {
        const status = collection === 'claims' ? ` (status ${code(String(dataB['status']))})` : '';
        lines.push(`- added ${code(id)}${status}: ${title(dataB)}`);
      } else if (b === undefined) {
        const status = collection === 'claims' ? ` (was ${code(String(dataA['status']))})` : '';
        lines.push(`- removed ${code(id)}${status}: ${title(dataA)}`);
      } else {
        const fields = changedFields(dataA, dataB);
        if (collection === 'claims' && !same(dataA['status'], dataB['status'])) {
          const count = (data: Record<string, unknown>) =>
            Array.isArray(data['corrections']) ? data['corrections'].length : 0;
          if (count(dataB) <= count(dataA)) {
            alerts.push(
              `**A status changed without a new correction entry: ${code(`content/claims/${id}.yaml`)}** ` +
                `(${code(String(dataA['status']))} → ${code(String(dataB['status']))}). Add a \`corrections:\` entry ` +
                `(date, what changed, why, in readers' words): readers learn of the change only from it.`,
            );
          }
        }
        const status =
          collection === 'claims' && !same(dataA['status'], dataB['status'])
            ? ` status ${code(String(dataA['status']))} → ${code(String(dataB['status']))};`
            : '';
        lines.push(
          `- changed ${code(id)}:${status} ${fields.length ? fields.map(code).join(', ') : 'formatting only'}`,
        );
      }
    }
    if (lines.length > 0)
      sections.push(`### ${collection[0]!.toUpperCase()}${collection.slice(1)}\n\n${lines.join('\n')}`);
  }

  const head = [`## Review summary (against ${code(base)})`, ''];
  if (alerts.length > 0) head.push(...alerts.map((line) => `- ${line}`), '');
  else head.push("The article's words and marks, raw scrapes, provenance pins and code are unchanged.", '');
  if (sections.length === 0) head.push('No claims, sources, speakers or other entries changed.');
  return `${[...head, ...sections.join('\n\n').split('\n')].join('\n').trim()}\n`;
}
