/**
 * The content check behind `npm run check`: every rule the build applies to
 * `content/`, run outside Astro so that all problems are reported together,
 * each with the file, the line where there is one, the field and how to fix
 * it. It reuses the build's own pieces: the zod schemas (`schemas.ts`), the
 * cross-collection checks (`content-integrity.ts`), the MDX safety lint
 * (`mdx-lint.ts`) and the fidelity comparison (`fidelity.ts` with the
 * cleaner).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { cleanArticle, CleanError } from '~/article/cleaner.ts';
import { COLLECTION_FILES, fileNameProblem, type ContentCollection } from '~/model/collections.ts';
import { checkIntegrity, type IntegrityInput } from '~/model/integrity.ts';
import { compareArticleText } from '~/article/fidelity.ts';
import { blankFrontmatter, lintMdxTree } from '~/mdx/lint.ts';
import { plainSchemas } from '~/model/schemas.ts';

export interface Problem {
  /** Relative to the project root, for example `content/claims/x.yaml`. */
  file: string;
  line?: number | undefined;
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

type Path = (string | number)[];

/** A parsed YAML text that can say on which line a field is. */
class YamlText {
  readonly doc: Document;
  readonly lines = new LineCounter();
  private readonly lineOffset: number;

  constructor(text: string, lineOffset = 0) {
    this.doc = parseDocument(text, { lineCounter: this.lines });
    this.lineOffset = lineOffset;
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
    return this.lines.linePos(offset).line + this.lineOffset;
  }
}

/** Turns `facts[1].sources[0]` into `['facts', 1, 'sources', 0]`. */
export function parseFieldPath(field: string): Path {
  const path: Path = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    path.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return path;
}

export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${String(segment)}` : String(segment),
    '',
  );
}

/** How to fix a field whose schema message does not say, by the field's name. */
const FIXES: Record<string, string> = {
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
  basedOn: 'give the id of the file in content/sources/ that this source copies or reports, or remove the field',
  figures: 'give each figure a value, what it counts, givenBy, a date and, unless the article gives it, a source',
  givenBy: 'use the id of a file in content/parties/ or content/speakers/',
  partyToConflict: 'write true or false',
  settle: 'add settle: one sentence on what evidence would settle the claim, or change the status',
};
const fixFor = (path: (string | number)[]) => {
  const name = [...path].reverse().find((p): p is string => typeof p === 'string');
  return name === undefined ? undefined : (FIXES[name] ?? 'see CONTRIBUTING.md for what this field holds');
};

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  input?: unknown;
}

/** Schema problems for one file's data, each on the line of its field. */
function schemaProblems(file: string, collection: ContentCollection, data: unknown, yaml: YamlText): Problem[] {
  const schema = plainSchemas[collection];
  const result = schema.safeParse(data);
  if (result.success) return [];
  const allowed = Object.keys(schema.shape);
  return (result.error.issues as ZodIssueLike[]).flatMap((issue): Problem[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return (issue.keys ?? []).map((key) => ({
        file,
        line: yaml.lineOf([...path, key]),
        field: formatFieldPath([...path, key]),
        message: 'is not a field of this schema',
        fix: `correct its spelling or remove it; the fields are ${path.length === 0 ? allowed.join(', ') : 'listed in CONTRIBUTING.md'}`,
      }));
    }
    const field = formatFieldPath(path) || '(the whole file)';
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
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
        message: missing ? 'is required but missing' : issue.message,
        // The messages for URLs, statuses and the raw scrape say how to fix them already.
        fix: missing
          ? `add ${String(path[path.length - 1])}: … (see CONTRIBUTING.md)`
          : /:\s|https|, for example/.test(issue.message)
            ? undefined
            : fixFor(path),
      },
    ];
  });
}

function yamlSyntaxProblems(file: string, yaml: YamlText): Problem[] {
  return [...yaml.doc.errors, ...yaml.doc.warnings].map((error) => ({
    file,
    line: error.linePos?.[0].line ?? 1,
    field: 'YAML syntax',
    message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    fix: 'quote any text that contains a colon followed by a space, and give each field once',
  }));
}

const stringsIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

interface ArticleSource {
  file: string;
  frontmatter: YamlText;
  data: Record<string, unknown>;
  tree: Root | undefined;
  claimLines: Map<string, number>;
  speakerLines: Map<string, number>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function checkArticle(root: string, file: string, source: string, problems: Problem[]): ArticleSource | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    problems.push({
      file,
      line: 1,
      field: 'frontmatter',
      message: 'the file does not start with frontmatter between --- lines',
      fix: 'copy the frontmatter of an existing article and adapt it',
    });
    return undefined;
  }
  const frontmatter = new YamlText(match[1]!, 1);
  problems.push(...yamlSyntaxProblems(file, frontmatter).map((p) => ({ ...p, line: (p.line ?? 0) + 1 })));
  const data = record(frontmatter.doc.toJS());
  problems.push(...schemaProblems(file, 'articles', data, frontmatter));

  let tree: Root | undefined;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(blankFrontmatter(source)) as Root;
  } catch (caught) {
    const error = caught as { line?: number; reason?: string; message: string };
    problems.push({
      file,
      line: error.line,
      field: 'MDX syntax',
      message: error.reason ?? error.message,
      fix: 'close every tag on the line where it opens, and write a literal < or { as \\< or \\{',
    });
    return { file, frontmatter, data, tree, claimLines: new Map(), speakerLines: new Map() };
  }

  for (const problem of lintMdxTree(tree)) {
    problems.push({ file, line: problem.line, field: problem.field, message: problem.message, fix: problem.fix });
  }

  // The references, as the build's remark plugin collects them, with their lines.
  const claimLines = new Map<string, number>();
  const speakerLines = new Map<string, number>();
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
    if (node.name !== 'Claim' && node.name !== 'SpeakerLabel') return;
    const line = node.position?.start.line;
    const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    if (typeof id !== 'string' || id.trim() === '') return; // the lint reports it
    const lines = node.name === 'Claim' ? claimLines : speakerLines;
    if (!lines.has(id)) lines.set(id, line ?? 0);
    if (node.name === 'Claim' && node.type === 'mdxJsxFlowElement') {
      problems.push({
        file,
        line,
        field: `<Claim id="${id}">`,
        message: 'stands on lines of its own, so MDX reads it as a block, not as words in a paragraph',
        fix: 'put its tags on the same line as the words they wrap',
      });
    }
  });

  checkFidelity(root, file, data, tree, frontmatter, problems);
  return { file, frontmatter, data, tree, claimLines, speakerLines };
}

/** The article's words must be the raw scrape's, paragraph for paragraph. */
function checkFidelity(
  root: string,
  file: string,
  data: Record<string, unknown>,
  tree: Root,
  frontmatter: YamlText,
  problems: Problem[],
): void {
  const rawScrape = data['rawScrape'];
  if (typeof rawScrape !== 'string') return; // the schema problem is already reported
  const rawPath = join(root, rawScrape);
  if (!existsSync(rawPath)) {
    problems.push({
      file,
      line: frontmatter.lineOf(['rawScrape']),
      field: 'rawScrape',
      message: `${rawScrape} does not exist`,
      fix: 'name the raw scrape this article was cleaned from, in content/raw/',
    });
    return;
  }
  let cleaned;
  try {
    cleaned = cleanArticle(readFileSync(rawPath, 'utf8'), rawScrape);
  } catch (caught) {
    if (!(caught instanceof CleanError)) throw caught;
    problems.push({
      file: rawScrape,
      line: caught.line,
      field: 'scrape',
      message: caught.problem,
      fix: 'restore the scrape from version control; it is the provenance record and is never edited',
    });
    return;
  }
  if (typeof data['title'] === 'string' && data['title'] !== cleaned.headline) {
    problems.push({
      file,
      line: frontmatter.lineOf(['title']),
      field: 'title',
      message: `differs from the headline in ${rawScrape}: ${JSON.stringify(cleaned.headline)}`,
      fix: 'copy the headline exactly as the scrape has it',
    });
  }
  // Import, export and comment nodes hold no words; the lint reports the first two.
  const nodes = tree.children.filter((node) => node.type !== 'mdxjsEsm' && node.type !== 'mdxFlowExpression');
  const blocks: string[] = [];
  const lines: (number | undefined)[] = [];
  for (const node of nodes as RootContent[]) {
    if (node.type !== 'paragraph') {
      problems.push({
        file,
        line: node.position?.start.line,
        field: 'article text',
        message: `found a ${node.type} where only paragraphs belong`,
        fix: 'keep one paragraph per line, exactly as the scrape has it; Markdown syntax at the start of a line (#, -, >, 1.) must not be added',
      });
    }
    blocks.push(toString(node));
    lines.push(node.position?.start.line);
  }
  const expected = cleaned.blocks.map((block) => block.text);
  for (const difference of compareArticleText(expected, { blocks, stray: [] })) {
    const paragraph = /^paragraph (\d+)/.exec(difference)?.[1];
    problems.push({
      file,
      line: paragraph === undefined ? undefined : lines[Number(paragraph) - 1],
      field: 'article text',
      message: `no longer matches ${rawScrape}: ${difference}`,
      fix: 'the article’s words are never changed: restore the text and add only <Claim> and <SpeakerLabel> markup around it',
    });
  }
}

/** Lists the problems of every file under `root/content`, all together. */
export function checkContent(root: string): Problem[] {
  const problems: Problem[] = [];
  const contentDir = join(root, 'content');
  const known = new Set([...Object.keys(COLLECTION_FILES), 'raw']);
  for (const name of readdirSync(contentDir)) {
    if (!known.has(name)) {
      problems.push({
        file: `content/${name}`,
        field: 'location',
        message: 'is not one of the content folders, so the build ignores it',
        fix: `move it into one of ${[...known].map((k) => `content/${k}/`).join(', ')}`,
      });
    }
  }

  const integrity: IntegrityInput = { articles: [], claims: [], speakers: [], events: [], sources: [] };
  const yamlFiles = new Map<string, YamlText>();
  const articleSources = new Map<string, ArticleSource>();

  for (const collection of Object.keys(COLLECTION_FILES) as ContentCollection[]) {
    const { dir, extension } = COLLECTION_FILES[collection];
    const absolute = join(root, dir);
    if (!existsSync(absolute)) continue;
    const names = readdirSync(absolute).sort();
    const lowerCase = new Map<string, string>();
    for (const name of names) {
      const file = `${dir}/${name}`;
      if (statSync(join(absolute, name)).isDirectory()) {
        problems.push({
          file,
          field: 'location',
          message: 'is a folder; the build reads only the files directly in ' + dir + '/',
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
      const id = name.slice(0, -extension.length);
      const source = readFileSync(join(absolute, name), 'utf8');
      if (collection === 'articles') {
        const article = checkArticle(root, file, source, problems);
        if (!article) continue;
        articleSources.set(file, article);
        integrity.articles.push({
          id,
          file,
          speakers: stringsIn(article.data['speakers']),
          claimRefs: [...article.claimLines.keys()],
          speakerRefs: [...article.speakerLines.keys()],
        });
        continue;
      }
      const yaml = new YamlText(source);
      yamlFiles.set(file, yaml);
      problems.push(...yamlSyntaxProblems(file, yaml));
      let data: unknown;
      try {
        data = yaml.doc.toJS();
      } catch {
        data = undefined;
      }
      // Schema problems in a file that does not parse would only repeat the syntax error.
      if (yaml.doc.errors.length === 0) problems.push(...schemaProblems(file, collection, data, yaml));
      // Best effort from the raw data, so that one bad field does not make
      // every reference to this entry look broken as well.
      const fields = record(data);
      if (collection === 'claims') {
        integrity.claims.push({
          id,
          file,
          speaker: typeof fields['speaker'] === 'string' ? fields['speaker'] : '',
          sources: stringsIn(fields['sources']),
          events: stringsIn(fields['events']),
          status: typeof fields['status'] === 'string' ? fields['status'] : undefined,
          figures: (Array.isArray(fields['figures']) ? fields['figures'] : []).map((figure) => {
            const f = record(figure);
            return {
              givenBy: typeof f['givenBy'] === 'string' ? f['givenBy'] : undefined,
              source: typeof f['source'] === 'string' ? f['source'] : undefined,
            };
          }),
        });
      } else if (collection === 'speakers') {
        integrity.speakers.push({
          id,
          file,
          factSources: (Array.isArray(fields['facts']) ? fields['facts'] : []).map((fact) =>
            stringsIn(record(fact)['sources']),
          ),
        });
      } else if (collection === 'events') {
        integrity.events.push({ id, file, sources: stringsIn(fields['sources']) });
      } else if (collection === 'places') {
        (integrity.places ??= []).push({
          id,
          file,
          sources: stringsIn(fields['sources']),
          claims: stringsIn(fields['claims']),
          events: stringsIn(fields['events']),
        });
      } else if (collection === 'routes') {
        (integrity.routes ??= []).push({
          id,
          file,
          from: typeof fields['from'] === 'string' ? fields['from'] : '',
          to: typeof fields['to'] === 'string' ? fields['to'] : '',
          claims: stringsIn(fields['claims']),
        });
      } else if (collection === 'parties') {
        (integrity.parties ??= []).push({
          id,
          file,
          name: typeof fields['name'] === 'string' ? fields['name'] : id,
          partyToConflict: fields['partyToConflict'] === true,
          sources: stringsIn(fields['sources']),
        });
      } else {
        integrity.sources.push({
          id,
          file,
          publisher: typeof fields['publisher'] === 'string' ? fields['publisher'] : undefined,
          relays: stringsIn(fields['relays']),
          basedOn: typeof fields['basedOn'] === 'string' ? fields['basedOn'] : undefined,
        });
      }
    }
  }

  for (const problem of checkIntegrity(integrity)) {
    let line: number | undefined;
    const yaml = yamlFiles.get(problem.file);
    const article = articleSources.get(problem.file);
    if (yaml && problem.field !== 'id') line = yaml.lineOf(parseFieldPath(problem.field));
    if (article) {
      const ref = /^<(Claim|SpeakerLabel) id="(.*)">$/.exec(problem.field);
      if (ref) line = (ref[1] === 'Claim' ? article.claimLines : article.speakerLines).get(ref[2]!);
      else line = article.frontmatter.lineOf(parseFieldPath(problem.field));
    }
    problems.push({ file: problem.file, line, field: problem.field, message: problem.message });
  }
  return problems;
}
