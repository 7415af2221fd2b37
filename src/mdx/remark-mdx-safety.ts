/**
 * Remark plugin: the build refuses MDX that fails the safety lint
 * (`mdx-lint.ts`). It runs before any other plugin and before MDX compiles
 * the file to JavaScript, so refused code never runs. Every problem in the
 * file is listed in one error, each with its line, column and how to fix it.
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { formatMdxProblem, lintMdxTree } from './lint.ts';

export default function remarkMdxSafety() {
  return (tree: Root, file: VFile) => {
    const problems = lintMdxTree(tree);
    if (problems.length === 0) return;
    const name = file.path ? relative(file.cwd, file.path) : 'the MDX file';
    const list = problems.map((problem) => `  - ${formatMdxProblem(name, problem)}`).join('\n');
    const first = problems[0]!;
    file.fail(
      `${name} fails the MDX safety check (content may not run code or add arbitrary markup); ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${list}`,
      first.line === undefined ? undefined : { line: first.line, column: first.column ?? 1 },
      'mdx-safety',
    );
  };
}
