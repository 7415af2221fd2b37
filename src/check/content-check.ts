/**
 * Every rule about `content/`, as one function that `npm run check` and the
 * build's content loader (`loader.ts`) both run, so that neither can pass
 * what the other refuses. All problems are reported together, each with the
 * file, the line where there is one, the field and how to fix it. It uses
 * the files' reader (`content-files.ts`: one YAML parser, the text rules and
 * the schemas), the cross-collection checks (`integrity.ts`), the MDX lint
 * (`~/mdx/lint.ts`) and the fidelity comparison (`~/article/fidelity.ts`
 * with the cleaner).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { cleanArticle, CleanError } from '~/article/cleaner.ts';
import { COLLECTION_FILES, type ContentCollection } from '~/model/collections.ts';
import {
  loadCollection,
  parseFieldPath,
  readContentFile,
  YamlText,
  parseFields,
  type LoadedEntry,
  type Problem,
} from '~/model/content-files.ts';
import { checkIntegrity, type IntegrityInput } from '~/model/integrity.ts';
import { compareArticleText } from '~/article/fidelity.ts';
import { firstCommitProblem, pinFileOf, provenancePinSchema, sha256Of } from '~/article/provenance.ts';
import { blankFrontmatter, bodyLength, lintArticleStructure, lintMdxTree, nestingProblem } from '~/mdx/lint.ts';
import { claimQuotesOfTree, sharedQuotes, withoutOuterLineBreaks } from '~/article/text-quotes.ts';
import { coordinateSlip } from '~/map/region.ts';
import { invisibleCharacterProblems } from '~/model/text-rules.ts';
import { dateSenseProblems } from '~/model/date-sense.ts';
import { publicProblems } from '~/model/public-files.ts';
import { turnProblems } from '~/model/turns.ts';

export { formatFieldPath, formatProblem, parseFieldPath, type Problem } from '~/model/content-files.ts';

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
  /** Each `<SpeakerLabel>` with the words it wraps. */
  speakerLabels: { id: string; text: string; line: number | undefined }[];
}

function checkArticle(root: string, entry: LoadedEntry, problems: Problem[]): ArticleSource | undefined {
  const { file, yaml: frontmatter } = entry;
  const read = readContentFile(root, file);
  if ('problem' in read) return undefined; // loadCollection reported it
  const source = read.text;
  const data = record(entry.raw);
  // The whole file, comments included: an invisible character in an MDX comment is still in what reviewers read.
  for (const problem of invisibleCharacterProblems(source)) {
    if (problems.some((p) => p.file === file && p.line === problem.line && p.message === problem.message)) continue;
    problems.push({ file, line: problem.line, field: 'file text', message: problem.message, fix: problem.fix });
  }

  let tree: Root | undefined;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(blankFrontmatter(source));
  } catch (caught) {
    const error = caught as { line?: number; reason?: string; message: string };
    problems.push({
      file,
      line: error.line,
      field: 'MDX syntax',
      message: error.reason ?? error.message,
      fix: 'close every tag on the line where it opens, and write a literal < or { as \\< or \\{',
    });
    return { file, frontmatter, data, tree, claimLines: new Map(), speakerLines: new Map(), speakerLabels: [] };
  }

  const tooDeep = nestingProblem(tree);
  if (tooDeep) {
    problems.push({ file, line: tooDeep.line, field: tooDeep.field, message: tooDeep.message, fix: tooDeep.fix });
    return undefined;
  }

  // The pages' claim quotes come from this same parse (src/article/text-quotes.ts): the body is not parsed again.
  sharedQuotes().set(withoutOuterLineBreaks(source.slice(source.length - bodyLength(source))), claimQuotesOfTree(tree));

  for (const problem of [...lintMdxTree(tree), ...lintArticleStructure(tree)]) {
    problems.push({
      file,
      line: problem.line,
      column: problem.column,
      field: problem.field,
      message: problem.message,
      fix: problem.fix,
    });
  }

  // The references, as the build's remark plugin collects them, with their lines.
  const claimLines = new Map<string, number>();
  const speakerLines = new Map<string, number>();
  const speakerLabels: ArticleSource['speakerLabels'] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
    if (node.name !== 'Claim' && node.name !== 'SpeakerLabel') return;
    const line = node.position?.start.line;
    const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    if (typeof id !== 'string' || id.trim() === '') return; // the lint reports it
    if (node.name === 'SpeakerLabel') speakerLabels.push({ id, text: toString(node), line });
    if (node.name === 'Claim' && toString(node).trim() === '') {
      problems.push({
        file,
        line,
        field: `<Claim id="${id}">`,
        message: 'marks no words: a note must stand on the words it is about',
        fix: "put the claim's words between <Claim …> and </Claim>, exactly as the article has them",
      });
    }
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
  return { file, frontmatter, data, tree, claimLines, speakerLines, speakerLabels };
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
  const raw = readContentFile(root, rawScrape);
  if ('problem' in raw) {
    problems.push({
      file,
      line: frontmatter.lineOf(['rawScrape']),
      field: 'rawScrape',
      message: `${rawScrape} ${raw.problem.message}`,
      fix: raw.problem.fix ?? 'name the raw scrape this article was cleaned from, in content/raw/',
    });
    return;
  }
  checkPin(root, file, data, rawScrape, raw.text, frontmatter, problems);
  let cleaned;
  try {
    cleaned = cleanArticle(raw.text, rawScrape);
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
  // The metadata the scrape holds: the page's dateline, and the date in it.
  if (typeof data['dateline'] === 'string' && data['dateline'] !== cleaned.dateline) {
    problems.push({
      file,
      line: frontmatter.lineOf(['dateline']),
      field: 'dateline',
      message: `differs from the dateline in ${rawScrape}: ${JSON.stringify(cleaned.dateline)}`,
      fix: 'copy the dateline exactly as the scrape has it',
    });
  }
  if (typeof data['published'] === 'string' && data['published'] !== cleaned.published.date) {
    problems.push({
      file,
      line: frontmatter.lineOf(['published']),
      field: 'published',
      message: `differs from the date in the dateline of ${rawScrape}: ${cleaned.published.date}`,
      fix: `write published: ${cleaned.published.date}`,
    });
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

/**
 * The scrape's provenance pin (`content/raw/<id>.yaml`): it must exist, hold
 * the scrape's SHA-256, and agree with the article on the original URL and
 * the outlet.
 */
function checkPin(
  root: string,
  file: string,
  data: Record<string, unknown>,
  rawScrape: string,
  rawText: string,
  frontmatter: YamlText,
  problems: Problem[],
): void {
  const pinFile = pinFileOf(rawScrape);
  const read = readContentFile(root, pinFile);
  if ('problem' in read) {
    problems.push({
      file,
      line: frontmatter.lineOf(['rawScrape']),
      field: 'rawScrape',
      message: `the scrape's provenance pin, ${pinFile}, ${read.problem.message}`,
      fix: `every scrape has its pin, ${pinFile}, written when the scrape is added and approved by a maintainer (CONTRIBUTING.md, "Provenance")`,
    });
    return;
  }
  const yaml = new YamlText(read.text);
  const pinProblems = yaml.problems(pinFile);
  problems.push(...pinProblems);
  if (yaml.doc.errors.length > 0) return;
  const { parsed: pin, problems: schemaProblems } = parseFields(pinFile, provenancePinSchema, yaml.doc.toJS(), yaml);
  problems.push(...schemaProblems);
  if (pin === undefined) return;
  const actual = sha256Of(rawText);
  if (pin.sha256 !== actual) {
    problems.push({
      file: pinFile,
      line: yaml.lineOf(['sha256']),
      field: 'sha256',
      message: `the published article's text changed: ${rawScrape} has the SHA-256 ${actual}, not the pinned one`,
      fix: 'restore the scrape from version control; a new scrape needs a new pin, approved by a maintainer',
    });
  }
  const commitProblem = firstCommitProblem(root, rawScrape, pin.firstCommit);
  if (commitProblem) {
    problems.push({
      file: pinFile,
      line: yaml.lineOf(parseFieldPath(commitProblem.field)),
      ...commitProblem,
    });
  }
  for (const [field, pinned] of [
    ['originalUrl', pin.originalUrl],
    ['outlet', pin.outlet],
  ] as const) {
    if (typeof data[field] === 'string' && data[field] !== pinned) {
      problems.push({
        file,
        line: frontmatter.lineOf([field]),
        field,
        message: `differs from the provenance pin ${pinFile}: ${JSON.stringify(pinned)}`,
        fix: `write ${field}: ${pinned}, as the pin records it`,
      });
    }
  }
}

/** Lists the problems of every file under `root/content`, all together. */
export function checkContent(root: string): Problem[] {
  return checkAndLoadContent(root).problems;
}

/** What one collection's folder holds, read with every file-level rule (`loadCollection`). */
export type LoadedCollection = ReturnType<typeof loadCollection>;

/**
 * The problems of every file under `root/content`, and each collection as
 * read for the check, so that the build's loader need not read and parse
 * every file a second time.
 */
export function checkAndLoadContent(root: string): {
  problems: Problem[];
  collections: Map<ContentCollection, LoadedCollection>;
} {
  const problems: Problem[] = [];
  const collections = new Map<ContentCollection, LoadedCollection>();
  sharedQuotes().clear();
  // public/ is code served as the site's own (src/model/public-files.ts): the check and the build refuse alike.
  problems.push(...publicProblems(root));
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
  const speakerLabels = new Map<string, string[]>();
  const placePoints: { file: string; line: number; latitude: number; longitude: number }[] = [];

  for (const collection of Object.keys(COLLECTION_FILES) as ContentCollection[]) {
    const loaded = loadCollection(root, collection);
    collections.set(collection, loaded);
    problems.push(...loaded.problems);
    for (const entry of loaded.entries) {
      const { id, file } = entry;
      // A file that does not parse is reported once, with its syntax error; what it refers to is unknown, so
      // the cross-checks neither read it nor call anything unused (integrity.ts, `unreadable`).
      if (entry.yaml.doc.errors.length > 0) {
        (integrity.unreadable ??= []).push({ collection, id, file });
        continue;
      }
      if (collection === 'articles') {
        const article = checkArticle(root, entry, problems);
        if (!article?.tree) {
          (integrity.unreadable ??= []).push({ collection, id, file });
          continue;
        }
        articleSources.set(file, article);
        integrity.articles.push({
          id,
          file,
          speakers: stringsIn(article.data['speakers']),
          published: typeof article.data['published'] === 'string' ? article.data['published'] : undefined,
          claimRefs: [...article.claimLines.keys()],
          speakerRefs: [...article.speakerLines.keys()],
        });
        continue;
      }
      yamlFiles.set(file, entry.yaml);
      // Best effort from the raw data, so that one bad field does not make
      // every reference to this entry look broken as well.
      const fields = record(entry.raw);
      if (collection === 'claims') {
        integrity.claims.push({
          id,
          file,
          speaker: typeof fields['speaker'] === 'string' ? fields['speaker'] : '',
          // A citation written as an id alone (the old form) still names its source, so that it is
          // reported once, by the schema, not again as an uncited source.
          sources: (Array.isArray(fields['sources']) ? fields['sources'] : []).flatMap((entry) => {
            if (typeof entry === 'string') return [{ source: entry }];
            const citation = record(entry);
            if (typeof citation['source'] !== 'string') return [];
            return [
              {
                source: citation['source'],
                role: typeof citation['role'] === 'string' ? citation['role'] : undefined,
                passage: typeof citation['passage'] === 'string' ? citation['passage'] : undefined,
                translated: citation['translation'] !== undefined,
              },
            ];
          }),
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
        // A turn opens with one of the speaker's labels ("PF:") or their name ("Ray Finch, UKIP MEP, told RT").
        speakerLabels.set(id, [...stringsIn(fields['labels']), ...stringsIn([fields['name']])]);
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
        const { latitude, longitude } = fields;
        if (typeof latitude === 'number' && typeof longitude === 'number') {
          placePoints.push({ file, line: entry.yaml.lineOf(['latitude']), latitude, longitude });
        }
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
          side: typeof fields['side'] === 'string' ? fields['side'] : undefined,
          sources: stringsIn(fields['sources']),
        });
      } else {
        integrity.sources.push({
          id,
          file,
          publisher: typeof fields['publisher'] === 'string' ? fields['publisher'] : undefined,
          language: typeof fields['language'] === 'string' ? fields['language'] : undefined,
          published:
            typeof fields['published'] === 'string'
              ? fields['published']
              : fields['published'] instanceof Date
                ? fields['published'].toISOString().slice(0, 10)
                : undefined,
          url: typeof fields['url'] === 'string' ? fields['url'] : undefined,
          relays: stringsIn(fields['relays']),
          basedOn: typeof fields['basedOn'] === 'string' ? [fields['basedOn']] : stringsIn(fields['basedOn']),
          publisherSide: typeof fields['publisherSide'] === 'string' ? fields['publisherSide'] : undefined,
        });
      }
    }
  }

  // Notes bound to their words and speakers (src/model/turns.ts), listed after the other problems of the same marks.
  const turns = turnProblems(
    [...articleSources.values()]
      .filter((a): a is ArticleSource & { tree: Root } => a.tree !== undefined)
      .map((a) => ({
        file: a.file,
        tree: a.tree,
        speakers: stringsIn(a.data['speakers']),
        speakersLine: (i: number) => a.frontmatter.lineOf(['speakers', i]),
      })),
    (collections.get('claims')?.entries ?? [])
      .filter((entry) => entry.raw !== undefined) // a file that does not parse has its one problem already
      .map((entry) => {
        const fields = record(entry.raw);
        return {
          id: entry.id,
          file: entry.file,
          speaker: typeof fields['speaker'] === 'string' ? fields['speaker'] : '',
          quote: fields['quote'],
          yaml: entry.yaml,
        };
      }),
    (collections.get('speakers')?.entries ?? []).map((entry) => {
      const fields = record(entry.raw);
      return {
        id: entry.id,
        file: entry.file,
        name: typeof fields['name'] === 'string' ? fields['name'] : undefined,
        labels: stringsIn(fields['labels']),
        yaml: entry.yaml,
      };
    }),
  );
  problems.push(
    ...dateSenseProblems(
      collections,
      [...articleSources.values()].map((a) => a.data['published']),
    ),
  );
  // Places may lie anywhere on earth (each map is fitted to its own places), but a swapped or sign-flipped
  // coordinate puts a place on another continent, shrinking the rest of its map to a corner: said where it is
  // plain that this happened (src/map/region.ts).
  for (const place of placePoints) {
    const slip = coordinateSlip(
      place,
      placePoints.filter((other) => other !== place),
    );
    if (slip) problems.push({ file: place.file, line: place.line, field: 'latitude, longitude', ...slip });
  }

  // A <SpeakerLabel> wraps one of that speaker's own labels, so a turn cannot be given to someone else.
  for (const article of articleSources.values()) {
    for (const label of article.speakerLabels) {
      const labels = speakerLabels.get(label.id);
      if (labels === undefined || labels.includes(label.text)) continue; // an unknown id is reported below
      problems.push({
        file: article.file,
        line: label.line,
        field: `<SpeakerLabel id="${label.id}">`,
        message: `wraps ${JSON.stringify(label.text)}, which is neither the name nor one of the labels of ${label.id} (${labels.map((l) => JSON.stringify(l)).join(', ') || 'none'})`,
        fix: `wrap only the label that opens the turn, or give the right speaker's id; labels are listed in content/speakers/${label.id}.yaml`,
      });
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
  problems.push(...turns);
  return { problems, collections };
}
