/**
 * Every repository path and npm script the documents name in backticks
 * exists, so that a renamed file or script cannot leave the docs pointing
 * at nothing (ARCHITECTURE once named `tests/map-base-layer.test.ts` long
 * after it moved). Placeholders (`<id>`, `x.yaml`, globs, `…`) are skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.ts';

const DOCS = [
  'README.md',
  'ARCHITECTURE.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const TOP = /^(src|tools|tests|e2e|content|public|docs|\.github|\.ci|\.vscode)\//;
const PLACEHOLDER = /[<>*…{}$]|\b(x|y|id|name|my-article|<id>)\.(yaml|mdx|txt|ts)$|\/x\//;
/** Written by `npm run schemas` and the check, and left out of git (.gitignore): it changes with every new file. */
const GENERATED = new Set(['.vscode/schemas/ids.schema.json']);
const scripts = Object.keys(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);

/** The backticked spans of a Markdown text, each with its line. */
function spans(text: string): { span: string; line: number }[] {
  return [...text.matchAll(/`([^`\n]+)`/g)].map((m) => ({
    span: m[1]!,
    line: text.slice(0, m.index).split('\n').length,
  }));
}

/** What a span names that does not exist, or undefined. */
export function missing(span: string, exists: (path: string) => boolean, known: string[]): string | undefined {
  const script = /\bnpm run (?:-s )?([\w:-]+)/.exec(span)?.[1];
  if (script !== undefined && !known.includes(script)) return `npm run ${script}: no such script in package.json`;
  const path = span.replace(/:\d+(-\d+)?$/, '').replace(/#.*$/, '');
  if (!TOP.test(path) || /\s/.test(path) || PLACEHOLDER.test(path) || GENERATED.has(path)) return undefined;
  return exists(path) ? undefined : `${path}: no such file or folder`;
}

describe('the documents', () => {
  it('name only paths and npm scripts that exist', () => {
    const problems = DOCS.flatMap((doc) =>
      spans(readFileSync(join(ROOT, doc), 'utf8')).flatMap(({ span, line }) => {
        const problem = missing(span, (path) => existsSync(join(ROOT, path)), scripts);
        return problem ? [`${doc}:${line} → ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('tell a missing path or script from a placeholder', () => {
    const exists = (path: string) => path === 'src/model/';
    expect(missing('src/model/', exists, [])).toBeUndefined();
    expect(missing('tests/map-base-layer.test.ts', exists, [])).toMatch(/no such file/);
    expect(missing('content/claims/<id>.yaml', exists, [])).toBeUndefined();
    expect(missing('npm run check -- --full', exists, ['check'])).toBeUndefined();
    expect(missing('npm run lint', exists, ['check'])).toMatch(/no such script/);
  });
});
