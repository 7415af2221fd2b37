/**
 * The MDX safety lint. MDX is a programming language: an `import`, an
 * `export` or a `{…}` expression runs at build time, and JSX can put any
 * element or attribute on the page. Content comes from contributors, so the
 * lint allows in `content/` only what the prose needs:
 *
 * - the project's annotation components, `<Claim id="…">` and
 *   `<SpeakerLabel id="…">`, with literal string props. The page passes
 *   them to the article (`components={{ Claim, SpeakerLabel }}`), so content
 *   never imports anything: every `import` and `export` is refused;
 * - a few inline HTML elements (`HTML_ALLOWLIST`), with `lang` and `title`
 *   attributes only;
 * - Markdown links to `https:`, `mailto:`, a path on this site or a `#`
 *   fragment; no images (each would be a request the text does not need);
 * - MDX comments, `{/* … *\/}`, which run nothing.
 *
 * Everything else is reported with its line, column and how to fix it: no
 * expressions, no spread or expression props, no `on*` attributes, no
 * `<script>`, `<style>`, `<iframe>`, `<object>`, no `javascript:` or `data:`
 * URLs. The build runs it as a remark plugin (see `remark-mdx-safety.ts`)
 * and `npm run check` runs it on every file.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface MdxProblem {
  line?: number | undefined;
  column?: number | undefined;
  /** What the problem is about, for example `<script>` or `onclick`. */
  field: string;
  message: string;
  /** One sentence on how to fix it. */
  fix: string;
}

/** The annotation components content may use, with the props an editor must set (and no others). */
export const ANNOTATION_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Claim: ['id'],
  SpeakerLabel: ['id'],
};

/** Inline HTML allowed in content, each with the attributes allowed on it. */
export const HTML_ALLOWLIST: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title', 'lang'],
  b: ['lang'],
  br: [],
  cite: ['lang'],
  em: ['lang'],
  i: ['lang'],
  q: ['lang'],
  s: [],
  small: ['lang'],
  span: ['lang', 'title'],
  strong: ['lang'],
  sub: [],
  sup: [],
};

/** Elements refused with a reason of their own, because they run code, load things or change the page. */
const DANGEROUS_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'runs JavaScript in the reader’s browser',
  style: 'changes how the whole page looks',
  iframe: 'embeds another page',
  frame: 'embeds another page',
  frameset: 'embeds other pages',
  object: 'embeds an external object or plugin',
  embed: 'embeds an external object or plugin',
  applet: 'embeds a plugin',
  link: 'loads a stylesheet or other resource',
  meta: 'changes how the page behaves',
  base: 'changes where every link on the page goes',
  form: 'sends data somewhere',
  template: 'holds hidden markup',
  svg: 'can hold scripts and links',
  math: 'can hold links',
  img: 'makes a request the text does not need',
  video: 'loads media',
  audio: 'loads media',
};

/** Attributes whose value is a URL. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'cite',
  'background',
  'xlink:href',
  'data',
]);

/** URL schemes that run code or carry a document of their own. */
const DANGEROUS_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'file']);

/** The scheme of a URL as a browser reads it (ignoring case, whitespace and control characters), or undefined. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers drop control characters from a URL, and so must this
  const squeezed = url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
}

/** Returns why a Markdown link URL is refused, or undefined when it is fine. */
function linkUrlProblem(url: string): Pick<MdxProblem, 'message' | 'fix'> | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined) return undefined; // a path on this site, or a #fragment
  if (scheme === 'https' || scheme === 'mailto') return undefined;
  if (DANGEROUS_SCHEMES.has(scheme)) {
    return {
      message: `a ${scheme}: URL can run code or embed content that skips these checks`,
      fix: 'link to an https:// address instead',
    };
  }
  if (scheme === 'http') return { message: `"${url}" is not https`, fix: 'use the https:// address of the page' };
  return {
    message: `the ${scheme}: scheme is not allowed in content`,
    fix: 'link to an https:// address, a mailto: address or a page of this site',
  };
}

const where = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
  line: node.position?.start.line,
  column: node.position?.start.column,
});

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function lintElement(node: JsxElement, report: (problem: MdxProblem) => void): void {
  const at = where(node);
  const name = node.name;
  if (name === null) {
    report({
      ...at,
      field: '<>',
      message: 'a JSX fragment is not needed in content',
      fix: 'remove the <> and </> around the text',
    });
    return;
  }
  const tag = `<${name}>`;
  let allowed: readonly string[];
  if (Object.hasOwn(ANNOTATION_COMPONENTS, name)) {
    allowed = ANNOTATION_COMPONENTS[name]!;
  } else if (Object.hasOwn(HTML_ALLOWLIST, name)) {
    allowed = HTML_ALLOWLIST[name]!;
  } else if (Object.hasOwn(DANGEROUS_ELEMENTS, name.toLowerCase())) {
    report({
      ...at,
      field: tag,
      message: `${tag} is not allowed in content: it ${DANGEROUS_ELEMENTS[name.toLowerCase()]}`,
      fix: 'remove the element; the page’s layout and styles live in src/, not in content',
    });
    return;
  } else if (/^[A-Z]/.test(name) || name.includes('.') || name.includes(':')) {
    report({
      ...at,
      field: tag,
      message: `${tag} is not one of the annotation components (${Object.keys(ANNOTATION_COMPONENTS)
        .map((c) => `<${c}>`)
        .join(', ')})`,
      fix: 'use <Claim id="…"> or <SpeakerLabel id="…">, or remove the tag and keep its words',
    });
    return;
  } else {
    report({
      ...at,
      field: tag,
      message: `${tag} is not in the HTML allowed in content (${Object.keys(HTML_ALLOWLIST).join(', ')})`,
      // Not "**strong**": Astro's error output renders **…** as bold, so the build would print other words than the check.
      fix: 'remove the tag and keep its words, or use Markdown (*emphasis*, or two asterisks each side for strong)',
    });
    return;
  }

  if (Object.hasOwn(ANNOTATION_COMPONENTS, name)) {
    for (const required of ANNOTATION_COMPONENTS[name]!) {
      if (!node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === required)) {
        report({
          ...at,
          field: `${tag} ${required}`,
          message: `${tag} has no ${required}`,
          fix: `write <${name} ${required}="…"> with the id of an entry`,
        });
      }
    }
  }
  // Each attribute once: a reader of the first and a renderer that keeps the last would disagree.
  const names = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (names.has(attribute.name)) {
      report({
        ...at,
        field: `${tag} ${attribute.name}`,
        message: `${tag} has ${attribute.name} more than once`,
        fix: `keep one ${attribute.name}="…"`,
      });
    }
    names.add(attribute.name);
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report({
        ...at,
        field: `${tag} {…}`,
        message: `spread props ({${attribute.value}}) run code at build time`,
        fix: 'write each prop as a literal: id="…"',
      });
      continue;
    }
    const attr = attribute.name;
    const field = `${tag} ${attr}`;
    if (/^on/i.test(attr)) {
      report({
        ...at,
        field,
        message: `${attr} is an event handler: it runs JavaScript in the reader’s browser`,
        fix: `remove the ${attr} attribute`,
      });
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      report({
        ...at,
        field,
        message: `${attr}={${attribute.value.value}} is a JavaScript expression, which runs at build time`,
        fix: `write the value as a literal string: ${attr}="…"`,
      });
      continue;
    }
    if (typeof attribute.value === 'string' && URL_ATTRIBUTES.has(attr.toLowerCase())) {
      const scheme = urlScheme(attribute.value);
      if (scheme !== undefined && DANGEROUS_SCHEMES.has(scheme)) {
        report({
          ...at,
          field,
          message: `a ${scheme}: URL can run code or embed content that skips these checks`,
          fix: `remove the ${attr} attribute`,
        });
        continue;
      }
    }
    if (!allowed.includes(attr)) {
      report({
        ...at,
        field,
        message: `${tag} may not have a ${attr} attribute (allowed: ${allowed.length ? allowed.join(', ') : 'none'})`,
        fix: `remove the ${attr} attribute`,
      });
      continue;
    }
    if (typeof attribute.value !== 'string' || attribute.value.trim() === '') {
      report({ ...at, field, message: `${attr} has no value`, fix: `give it a value: ${attr}="…"` });
    }
  }
}

/** Lints a parsed MDX tree; returns every problem, in document order. */
export function lintMdxTree(tree: Root): MdxProblem[] {
  const problems: MdxProblem[] = [];
  const report = (problem: MdxProblem) => problems.push(problem);
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const kind = /^\s*export\b/.test(node.value) ? 'export' : 'import';
        report({
          ...where(node),
          field: kind,
          message: `${kind} statements are not allowed in content: they run code at build time`,
          fix: `remove the line; ${Object.keys(ANNOTATION_COMPONENTS)
            .map((c) => `<${c}>`)
            .join(' and ')} are provided by the page without an import`,
        });
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // A comment, {/* … */}, parses to a program with no statements.
        const program = node.data?.estree;
        const commentOnly = program !== undefined && program !== null && program.body.length === 0;
        if (!commentOnly) {
          report({
            ...where(node),
            field: `{${node.value.length > 30 ? `${node.value.slice(0, 30)}…` : node.value}}`,
            message: 'a {…} expression is JavaScript, which runs at build time',
            fix: 'write the text itself; to leave a note for editors, use a comment {/* … */}; a literal brace is written \\{',
          });
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        lintElement(node, report);
        break;
      case 'html':
        report({
          ...where(node),
          field: 'HTML',
          message: 'raw HTML is not allowed in content',
          fix: `use the allowed inline elements (${Object.keys(HTML_ALLOWLIST).join(', ')}) or Markdown`,
        });
        break;
      case 'link':
      case 'definition': {
        const problem = linkUrlProblem(node.url);
        if (problem) report({ ...where(node), field: `link ${node.url}`, ...problem });
        break;
      }
      case 'image':
      case 'imageReference':
        report({
          ...where(node),
          field: 'image',
          message: 'images are not allowed in the article text: each one is a request the text does not need',
          fix: 'remove the image; describe it in words if the article needs it',
        });
        break;
      default:
        break;
    }
  });
  return problems;
}

/** The deepest nesting of elements an article needs (a claim inside a claim inside a paragraph is 4). */
export const MAX_NESTING = 16;

/**
 * Refuses markup nested deeper than `MAX_NESTING`, before anything walks the
 * tree recursively: thousands of nested elements would overflow the stack of
 * every later step and crash the check and the build without naming the file.
 * The walk here keeps its own stack.
 */
export function nestingProblem(tree: Root): MdxProblem | undefined {
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING) {
      return {
        ...where(node),
        field: 'nesting',
        message: `elements are nested more than ${MAX_NESTING} deep`,
        fix: 'remove the nested tags; the article needs at most a <Claim> inside a <Claim>',
      };
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** How the Markdown constructs an article may not use are named in a problem. */
const MARKDOWN_NAMES: Readonly<Record<string, string>> = {
  emphasis: '*emphasis*',
  strong: '**strong**',
  delete: '~~strikethrough~~',
  link: 'link',
  linkReference: 'link',
  inlineCode: '`code`',
  break: 'line break',
  footnoteReference: 'footnote',
};

/**
 * The article's structure: its body is paragraphs of the scrape's words, and
 * the only markup around those words is the annotation components. The
 * scrape is plain text, so any other element or Markdown construct inside a
 * paragraph (a link, emphasis, `<q>`, `<s>`, `<abbr title>`) would change
 * what a reader sees while the text stayed equal. Elements the safety lint
 * refuses are left to it, so that each problem is reported once.
 */
export function lintArticleStructure(tree: Root): MdxProblem[] {
  const problems: MdxProblem[] = [];
  const inside = (node: Nodes): void => {
    if (node.type === 'text') return;
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return; // comments; the lint reports code
    if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
      const name = node.name ?? '';
      if (!Object.hasOwn(ANNOTATION_COMPONENTS, name)) {
        if (Object.hasOwn(HTML_ALLOWLIST, name)) {
          problems.push({
            ...where(node),
            field: `<${name}>`,
            message: `<${name}> adds markup around the article’s words that the scrape does not have`,
            fix: `remove the <${name}> tags and keep their words; only ${Object.keys(ANNOTATION_COMPONENTS)
              .map((c) => `<${c}>`)
              .join(' and ')} may wrap the article’s words`,
          });
        }
        return;
      }
    } else if (node.type !== 'paragraph' && node.type !== 'root') {
      const name = MARKDOWN_NAMES[node.type];
      if (name !== undefined) {
        problems.push({
          ...where(node),
          field: name,
          message: `Markdown ${name} adds markup around the article’s words that the scrape does not have`,
          fix: 'remove the Markdown and keep the words; write a literal *, _, [ or ` as \\*, \\_, \\[ or \\`',
        });
      }
      if (node.type === 'link' || node.type === 'linkReference') return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) inside(child);
  };
  for (const block of tree.children) if (block.type === 'paragraph') inside(block);
  return problems;
}

/**
 * Replaces the YAML frontmatter with as many empty lines, so that the body
 * parses as MDX and keeps its line numbers.
 */
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

export function blankFrontmatter(source: string): string {
  const match = FRONTMATTER.exec(source);
  if (!match) return source;
  return match[0].replace(/[^\n]/g, '') + source.slice(match[0].length);
}

/** The length of what follows the frontmatter: the body, as Astro's loader gives it (`entry.body`). */
export function bodyLength(source: string): number {
  return source.length - (FRONTMATTER.exec(source)?.[0].length ?? 0);
}

interface ParseError {
  line?: number | undefined;
  column?: number | undefined;
  reason?: string;
  message: string;
}

/** Parses and lints an MDX file's source (with its frontmatter); a syntax error is a problem too. */
export function lintMdxSource(source: string): MdxProblem[] {
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(blankFrontmatter(source));
  } catch (caught) {
    const error = caught as ParseError;
    return [
      {
        line: error.line,
        column: error.column,
        field: 'MDX syntax',
        message: error.reason ?? error.message,
        fix: 'close every tag you open on the same line, and write a literal < or { as \\< or \\{',
      },
    ];
  }
  return lintMdxTree(tree);
}

/** `file:line:column → field: message (fix)`, one line per problem. */
export function formatMdxProblem(file: string, problem: MdxProblem): string {
  const at = [file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
  return `${at} → ${problem.field}: ${problem.message} (${problem.fix})`;
}
