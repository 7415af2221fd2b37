/**
 * How a content file is read and parsed, once for the build (the loader in
 * `loader.ts`) and `npm run check` (tools/check/) alike, so that neither can
 * pass what the other refuses:
 *
 * - a content file is a plain file inside `content/`: no symbolic link is
 *   followed and nothing outside the folder is read; its size is bounded, it
 *   is valid UTF-8 without a byte order mark;
 * - YAML is read by one library, `yaml`, as YAML 1.2 with the core schema;
 *   directives (`%YAML 1.1` would change how values are read), tags,
 *   anchors, aliases and merge keys are refused: content is plain data;
 * - every string in it follows the text rules (`text-rules.ts`);
 * - the collection's zod schema (`schemas.ts`), whose parsed output (defaults
 *   applied) is what the loader and the tools keep.
 *
 * Every problem names the file, the line and the field, with how to fix it,
 * and quotes nothing of the file beyond the offending line.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, sep } from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { decodeContent, MAX_FILE_BYTES, textProblem } from './text-rules.ts';
import type { z } from 'astro/zod';
import { schemas, type EntryData } from './schemas.ts';
import { didYouMean } from './closest-ids.ts';
import { COLLECTION_FILES, fileNameProblem, type ContentCollection } from './collections.ts';

export interface Problem {
  /** Relative to the project root, for example `content/claims/x.yaml`. */
  file: string;
  line?: number | undefined;
  /** The column, where the MDX lint gives one; the build prints it, the check's lines stay short. */
  column?: number | undefined;
  /** The field, the element or the rule at fault. */
  field: string;
  message: string;
  /** How to fix it, when the message does not already say. */
  fix?: string | undefined;
}

/** `file:line → field: message (fix)`. */
export function formatProblem(problem: Problem): string {
  const at = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${at} → ${problem.field}: ${problem.message}${problem.fix ? ` (${problem.fix})` : ''}`;
}

/** `file:line:column → field: message (fix)`, as the build prints a problem (the column where there is one). */
export function formatProblemWithColumn(problem: Problem): string {
  const at = [problem.file, problem.line, problem.line === undefined ? undefined : problem.column]
    .filter((part) => part !== undefined)
    .join(':');
  return `${at} → ${problem.field}: ${problem.message}${problem.fix ? ` (${problem.fix})` : ''}`;
}

type Path = (string | number)[];

export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${String(segment)}` : String(segment),
    '',
  );
}

/** Turns `facts[1].sources[0]` into `['facts', 1, 'sources', 0]`. */
export function parseFieldPath(field: string): Path {
  const path: Path = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    path.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return path;
}

/**
 * Reads a content file as text, or returns the problem that stops it being
 * read. `file` is relative to `root` and must lie in `content/`; neither it
 * nor any folder on its way may be a symbolic link.
 */
export function readContentFile(root: string, file: string): { text: string } | { problem: Problem } {
  const fail = (message: string, fix: string, line?: number) => ({
    problem: { file, field: 'file', message, fix, ...(line === undefined ? {} : { line }) },
  });
  if (isAbsolute(file) || file.split(/[\\/]/).includes('..') || !file.startsWith('content/')) {
    return fail('is not inside content/', 'content files live in the content/ folder of the repository');
  }
  const absolute = join(root, file);
  try {
    // Every step from content/ down must be a real folder or file, not a link.
    const parts = file.split('/');
    for (let i = 1; i <= parts.length; i += 1) {
      const step = join(root, ...parts.slice(0, i));
      const stat = lstatSync(step);
      if (stat.isSymbolicLink()) {
        return fail(
          `${i === parts.length ? 'is' : `lies in ${parts.slice(0, i).join('/')}, which is`} a symbolic link; content is never read through a link`,
          'replace the link with the file itself',
        );
      }
      if (i < parts.length && !stat.isDirectory()) return fail('is not inside a folder', 'move it into content/');
      if (i === parts.length && !stat.isFile()) return fail('is not a plain file', 'replace it with a plain file');
    }
    const real = realpathSync(absolute);
    const contentRoot = realpathSync(join(root, 'content'));
    if (!real.startsWith(contentRoot + sep)) {
      return fail('resolves outside content/', 'replace it with a plain file inside content/');
    }
  } catch {
    return fail('does not exist or cannot be read', 'restore the file, or correct the name that points to it');
  }
  const extension = file.slice(file.lastIndexOf('.') + 1) as keyof typeof MAX_FILE_BYTES;
  const limit = MAX_FILE_BYTES[extension] ?? MAX_FILE_BYTES.yaml;
  const bytes = readFileSync(absolute);
  if (bytes.length > limit) {
    return fail(
      `is ${bytes.length} bytes, more than the ${limit} a .${extension} content file may hold`,
      'split the entry or shorten its text',
      bytes.subarray(0, limit).filter((byte) => byte === 0x0a).length + 1,
    );
  }
  const decoded = decodeContent(bytes);
  if ('message' in decoded) return fail(decoded.message, decoded.fix, decoded.line);
  return { text: decoded.text };
}

/**
 * One YAML syntax error as a problem, with a fix that fits that error (the
 * `yaml` library's error code, and the line it stopped at): a tab, an
 * unclosed quote, text after a closing quote, a colon inside unquoted text,
 * a line indented more or less than the ones before it, a field given twice.
 */
export function yamlSyntaxProblem(
  file: string,
  error: { code: string; message: string; linePos?: [{ line: number; col: number }, ...unknown[]] | undefined },
  text: string,
  lineOffset = 0,
): Problem {
  const lines = text.split(/\r?\n/);
  let line = error.linePos?.[0].line ?? 1;
  const source = lines[line - 1] ?? '';
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const at = (n: number, what: string, fix: string): Problem => ({
    file,
    line: n + lineOffset,
    field: 'YAML syntax',
    message: what,
    fix,
  });
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return at(line, 'a tab indents this line', 'indent with spaces only: replace the tab with two spaces');
    case 'DUPLICATE_KEY': {
      const key = /^\s*([^:#]+?)\s*:/.exec(source)?.[1];
      return at(
        line,
        `${key ? `the field ${key}` : 'a field'} is given twice in the same place`,
        'keep one of the two',
      );
    }
    case 'MISSING_CHAR': {
      const quote = /closing (["'])/.exec(message)?.[1];
      if (quote) {
        // The parser stops where the file or the next field begins; the quote was opened on an earlier line.
        let opened = line;
        for (let n = Math.min(line, lines.length); n >= 1; n -= 1) {
          if ((lines[n - 1]!.match(new RegExp(quote, 'g')) ?? []).length % 2 === 1) {
            opened = n;
            break;
          }
        }
        return at(
          opened,
          `the text opened with ${quote} on this line is never closed`,
          `end it with ${quote} on the same line${quote === '"' ? ', and write a quotation mark inside it as \\"' : ", and write an apostrophe inside it as ''"}`,
        );
      }
      break;
    }
    case 'UNEXPECTED_TOKEN':
      if (/scalar at node end/.test(message)) {
        return at(
          line,
          'text follows the closing quote of a quoted value',
          'put the whole value inside the quotes; write a quotation mark inside double quotes as \\", or use single quotes around text that holds double ones',
        );
      }
      break;
    case 'BAD_SCALAR_START': {
      const character = /reserved character (\S)/.exec(message)?.[1] ?? 'that character';
      return at(line, `a value cannot start with ${character} unquoted`, 'put the value in quotes');
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT': {
      const value = /^\s*(?:- )?[^:#]+:\s(.*)$/.exec(source)?.[1] ?? '';
      if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /:\s/.test(value) && !/^["']/.test(value)) {
        return at(
          line,
          'the value holds a colon followed by a space, so YAML reads it as another field',
          'put the value in quotes',
        );
      }
      if (error.code === 'MULTILINE_IMPLICIT_KEY' && /^\s*[^\s:#]+:\S/.test(source)) {
        return at(line, 'no space follows the colon after the field name', 'write the field as name: value');
      }
      // A nested map found where a value was expected: the next line is indented further than this one's field.
      const next = lines.findIndex((text, i) => i >= line && text.trim() !== '' && !text.trim().startsWith('#'));
      const indent = (text: string) => /^ */.exec(text)![0].length;
      if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && next >= 0 && indent(lines[next]!) > indent(source)) line = next + 1;
      return at(
        line,
        'this line is indented more or less than the lines it belongs with',
        'indent each field, and each list item (- …), exactly as far as the ones beside it',
      );
    }
  }
  return at(
    line,
    message,
    'compare the line with the same field in another file; text that holds a colon or starts with a quote goes in quotes',
  );
}

/** A YAML text read with the one set of rules, which can say on which line a field is. */
export class YamlText {
  readonly doc: Document;
  readonly lines = new LineCounter();
  private readonly lineOffset: number;
  private readonly text: string;

  constructor(text: string, lineOffset = 0) {
    this.text = text;
    this.doc = parseDocument(text, {
      lineCounter: this.lines,
      version: '1.2',
      schema: 'core',
      merge: false,
      uniqueKeys: true,
    });
    this.lineOffset = lineOffset;
  }

  private lineAt(offset: number): number {
    return this.lines.linePos(offset).line + this.lineOffset;
  }

  /** The line of the deepest part of `path` that exists in the file (the key's line for a map entry). */
  lineOf(path: Path): number {
    let node: unknown = this.doc.contents;
    let offset = (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
        if (!pair) break;
        offset = (pair.key as { range?: [number, number, number] }).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        node = node.items[segment];
        offset = (node as { range?: [number, number, number] }).range?.[0] ?? offset;
      } else {
        break;
      }
    }
    return this.lineAt(offset);
  }

  /**
   * Syntax errors, refused YAML features and text-rule problems, each on its line. Of the syntax errors only
   * the first is reported: those after it mostly follow from it (one mistake, one message).
   */
  problems(file: string): Problem[] {
    const first = [...this.doc.errors, ...this.doc.warnings][0];
    const problems: Problem[] = first ? [yamlSyntaxProblem(file, first, this.text, this.lineOffset)] : [];
    const { directives } = this.doc;
    if (directives && (directives.yaml.explicit || Object.keys(directives.tags).some((handle) => handle !== '!!'))) {
      problems.push({
        file,
        line: 1 + this.lineOffset,
        field: 'YAML syntax',
        message: 'a % directive changes how the rest of the file is read',
        fix: 'remove the lines that start with %, and the --- after them',
      });
    }
    const walk = (node: unknown, path: Path) => {
      if (node === null || node === undefined) return;
      const at = (n: unknown) => this.lineAt((n as { range?: [number] }).range?.[0] ?? 0);
      const field = formatFieldPath(path) || '(the whole file)';
      if (isAlias(node)) {
        problems.push({
          file,
          line: at(node),
          field,
          message: `an alias (*${node.source}) repeats another part of the file`,
          fix: 'write the value out in full',
        });
        return;
      }
      const n = node as Node;
      if (n.anchor) {
        problems.push({
          file,
          line: at(n),
          field,
          message: `an anchor (&${n.anchor}) is not allowed in content`,
          fix: `remove &${n.anchor}`,
        });
      }
      if (n.tag) {
        problems.push({
          file,
          line: at(n),
          field,
          message: 'a YAML tag (!…) changes how a value is read',
          fix: 'remove the tag; write text in quotes',
        });
      }
      if (isMap(n)) {
        for (const pair of n.items) {
          const key = isScalar(pair.key) ? pair.key.value : undefined;
          if (key === '<<') {
            problems.push({
              file,
              line: at(pair.key),
              field: formatFieldPath(path) || '<<',
              message: 'a merge key (<<) copies fields from elsewhere',
              fix: 'write each field out',
            });
            continue;
          }
          if (isAlias(pair.key) || (pair.key as Node | null)?.anchor || (pair.key as Node | null)?.tag) {
            walk(pair.key, path);
          }
          walk(pair.value, [...path, typeof key === 'string' || typeof key === 'number' ? key : String(key)]);
        }
      } else if (isSeq(n)) {
        n.items.forEach((item, index) => walk(item, [...path, index]));
      } else if (isScalar(n) && typeof n.value === 'string') {
        const problem = textProblem(n.value);
        if (problem) problems.push({ file, line: at(n), field, ...problem });
      }
    };
    walk(this.doc.contents, []);
    return problems;
  }
}

/** How to fix a field whose schema message does not say, by the field's name (also the editors' JSON Schema hints). */
export const FIXES: Record<string, string> = {
  date: 'write the date the sources give, as YYYY-MM-DD, or YYYY-MM or YYYY where they give no day',
  published: 'write the date the page gives, as YYYY-MM-DD, or YYYY-MM or YYYY where it gives no day',
  sources: 'list the ids of the sources that support it: files in content/sources/, without .yaml',
  facts: 'give at least one fact, each with text and sources',
  speaker: 'use the id of a file in content/speakers/',
  speakers: 'list the ids of files in content/speakers/',
  events: 'list the ids of files in content/events/, or remove the field',
  labels: 'list the labels as quoted text, such as ["PF:"]',
  language: 'use a BCP 47 language tag such as fr or ar, or remove the field for English',
  relays: 'list the ids of files in content/parties/ whose statement the source reports, or remove the field',
  basedOn:
    'give the id of the file in content/sources/ that this source copies or reports, or the wire agency it reprints (afp, ap, reuters, ria-novosti, tass, interfax, pti); for several, a list such as [afp, reuters]; or remove the field',
  side: "give the id of the party in content/parties/ that heads this party's side, or remove the field",
  publisherSide:
    'give the id of the party in content/parties/ heading the side the publisher belongs to, or remove the field',
  retrieved: 'write the day you read the page at this address, as YYYY-MM-DD',
  retrievedAs: 'write read, or filed where the date is only when the file was added and the page was not read again',
  fragile: 'say in a few words why the address may not last, or remove the field',
  figures: 'give each figure a value, what it counts, givenBy, a date and, unless the article gives it, a source',
  givenBy: 'use the id of a file in content/parties/ or content/speakers/',
  partyToConflict: 'write true or false',
  settle: 'add settle: one sentence on what evidence would settle the claim, or change the status',
};
const fixFor = (path: (string | number)[]) => {
  const name = [...path].reverse().find((p): p is string => typeof p === 'string');
  return name === undefined ? undefined : (FIXES[name] ?? 'see CONTRIBUTING.md for what this field holds');
};

/** The value at a field path of plain data, or undefined. */
function valueAt(data: unknown, path: (string | number)[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** A type in an editor's words: what a YAML value of it looks like. */
function typeInWords(type: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list (- item lines, or [a, b])',
    object: 'a group of fields (name: value lines, indented)',
    null: 'empty',
    date: 'a date',
  };
  return words[type] ?? `a ${type}`;
}

/** What a YAML value is, in the same words. */
function typeOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  return typeof value;
}

/**
 * Parses data with a strict object schema: its output, or undefined and the
 * problems, each on the line of its field.
 */
export function parseFields<S extends z.ZodType & { shape: object }>(
  file: string,
  schema: S,
  data: unknown,
  yaml: YamlText,
): { parsed: z.output<S> | undefined; problems: Problem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { parsed: result.data, problems: [] };
  const allowed = Object.keys(schema.shape);
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line: yaml.lineOf([...path, key]),
        field: formatFieldPath([...path, key]),
        message: 'is not a field of this schema',
        fix: `${(path.length === 0 ? didYouMean(String(key), allowed) : undefined)?.concat(' Otherwise remove it') ?? 'correct its spelling or remove it'}; the fields are ${path.length === 0 ? allowed.join(', ') : 'listed in CONTRIBUTING.md'}`,
      }));
    }
    const field = formatFieldPath(path) || '(the whole file)';
    // zod leaves out the input it was given: whether the field is missing or of another type is read from the data.
    // A field's own "is required: <how>" (a citation's role or passage) is a missing field, and says the fix.
    const given = valueAt(data, path);
    const required = /^is required: (.+)$/.exec(issue.message);
    const missing = given === undefined && (issue.code === 'invalid_type' || required !== null);
    if (path.length === 0 && issue.code === 'invalid_type') {
      return [
        {
          file,
          line: 1,
          field,
          message: 'is not a YAML map of fields',
          fix: `write one field per line, such as ${allowed[0]}: …`,
        },
      ];
    }
    return [
      {
        file,
        line: yaml.lineOf(path),
        field,
        message: missing
          ? 'is required but missing'
          : issue.code === 'invalid_type' && issue.expected !== undefined && /^Invalid input/.test(issue.message)
            ? `must be ${typeInWords(issue.expected)}, not ${typeInWords(typeOfValue(given))}`
            : issue.message,
        // The messages for URLs, statuses and the raw scrape say how to fix them already.
        // A field's own message may say what to write ("is required: copy the words…"): that is the fix.
        fix: missing
          ? (required?.[1] ?? `add ${String(path[path.length - 1])}: … (see CONTRIBUTING.md)`)
          : /:\s|https|, for example/.test(issue.message)
            ? undefined
            : fixFor(path),
      },
    ];
  });
  return { parsed: undefined, problems };
}

/** Each collection's schema, typed so that a generic collection's parse gives that collection's data. */
const collectionSchemas: { [C in ContentCollection]: z.ZodType<EntryData<C>> & { shape: object } } = schemas;

export interface ParsedYaml<C extends ContentCollection = ContentCollection> {
  yaml: YamlText;
  /** The plain data as the YAML gives it, or undefined when the YAML does not parse. */
  raw: unknown;
  /** The data as the collection's schema outputs it, or undefined when it breaks a rule. */
  parsed: EntryData<C> | undefined;
  problems: Problem[];
}

/** Parses YAML text of a collection with every rule: syntax, refused features, text rules, the schema. */
export function parseEntryYaml<C extends ContentCollection>(
  file: string,
  collection: C,
  text: string,
  lineOffset = 0,
): ParsedYaml<C> {
  const yaml = new YamlText(text, lineOffset);
  const problems = yaml.problems(file);
  // Schema problems in a file that does not parse would only repeat the syntax error.
  if (yaml.doc.errors.length > 0) return { yaml, raw: undefined, parsed: undefined, problems };
  let raw: unknown;
  try {
    raw = yaml.doc.toJS({ maxAliasCount: 0 });
  } catch {
    raw = undefined;
  }
  const result = parseFields(file, collectionSchemas[collection], raw, yaml);
  problems.push(...result.problems);
  return { yaml, raw, parsed: problems.length === 0 ? result.parsed : undefined, problems };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** An article's frontmatter YAML, or undefined when the file does not start with one. */
export function frontmatterOf(source: string): string | undefined {
  return FRONTMATTER.exec(source)?.[1];
}

/** Reads and parses a data file (YAML) of a collection: every file-level rule at once. */
export function loadEntryFile<C extends ContentCollection>(
  root: string,
  collection: C,
  file: string,
): ParsedYaml<C> | Problem[] {
  const read = readContentFile(root, file);
  if ('problem' in read) return [read.problem];
  if (collection === 'articles') {
    const frontmatter = frontmatterOf(read.text);
    if (frontmatter === undefined) {
      return [
        {
          file,
          line: 1,
          field: 'frontmatter',
          message: 'the file does not start with frontmatter between --- lines',
          fix: 'copy the frontmatter of an existing article and adapt it',
        },
      ];
    }
    return parseEntryYaml(file, collection, frontmatter, 1);
  }
  return parseEntryYaml(file, collection, read.text);
}

export interface LoadedEntry<C extends ContentCollection = ContentCollection> extends ParsedYaml<C> {
  id: string;
  /** Project-relative, for example `content/claims/x.yaml`. */
  file: string;
}

/**
 * Lists and parses every file of a collection's folder: names that are not
 * ids, names that differ only in case, folders, links and every file-level
 * rule. The build's loader and `npm run check` both read content through it.
 */
export function loadCollection<C extends ContentCollection>(
  root: string,
  collection: C,
): { entries: LoadedEntry<C>[]; problems: Problem[] } {
  const { dir, extension } = COLLECTION_FILES[collection];
  const entries: LoadedEntry<C>[] = [];
  const problems: Problem[] = [];
  let names: string[];
  try {
    const stat = lstatSync(join(root, dir));
    if (stat.isSymbolicLink() || !stat.isDirectory()) {
      return {
        entries,
        problems: [{ file: dir, field: 'location', message: 'is not a plain folder', fix: `make ${dir}/ a folder` }],
      };
    }
    names = readdirSync(join(root, dir)).sort();
  } catch {
    return { entries, problems };
  }
  const lowerCase = new Map<string, string>();
  for (const name of names) {
    const file = `${dir}/${name}`;
    if (lstatSync(join(root, file)).isDirectory()) {
      problems.push({
        file,
        field: 'location',
        message: `is a folder; the build reads only the files directly in ${dir}/`,
        fix: 'move its files up one level',
      });
      continue;
    }
    const nameProblem = fileNameProblem(collection, name);
    const clash = lowerCase.get(name.toLowerCase());
    if (clash !== undefined) {
      // Named on the file whose name is not a valid id, the one to rename.
      const [odd, other] = nameProblem ? [name, clash] : [clash, name];
      problems.push({
        file: `${dir}/${odd}`,
        field: 'id',
        message: `differs from ${dir}/${other} only in case, so both would have the same id`,
        fix: 'merge the two files or give one another id',
      });
    }
    lowerCase.set(name.toLowerCase(), name);
    if (nameProblem) {
      problems.push({ file, field: 'file name', message: nameProblem });
      continue;
    }
    const loaded = loadEntryFile(root, collection, file);
    if (Array.isArray(loaded)) {
      problems.push(...loaded);
      continue;
    }
    problems.push(...loaded.problems);
    entries.push({ id: name.slice(0, -extension.length), file, ...loaded });
  }
  return { entries, problems };
}
