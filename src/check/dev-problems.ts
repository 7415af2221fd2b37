/**
 * What `astro dev` shows while the content breaks a rule. Without it the
 * loader could only log the problems in the terminal (once per collection)
 * and the page kept showing the last good content, so an editor saw nothing
 * in the browser. Here:
 *
 * - the content loader (`loader.ts`) reports every check's problems with
 *   `reportDevProblems`; a changed list is logged once, and open pages are
 *   told to reload (the integration below holds the dev server for that);
 * - every page asks `devContentError` before it renders (`loadEdition`), and
 *   throws the error it returns: Astro's own error overlay then shows it,
 *   with the first problem's file, line and a frame of that file, and every
 *   problem as `file:line → field: message (fix)`;
 * - fixing the file clears the list and reloads the pages, which render again.
 *
 * The loader and the pages run in one Node process but may hold separate
 * copies of this module (Astro loads its config and the pages through
 * different module graphs), so the state lives on `globalThis`, under a key
 * of its own. A build never reads it: `loadEdition` asks only in dev.
 */
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatProblemWithColumn, type Problem } from '~/model/content-files.ts';

interface DevState {
  root: string;
  problems: Problem[];
  /** The problems as text, to tell a new list from the same one found again. */
  text: string;
  /** Called when the list changes: the integration reloads the open pages. */
  listeners: Set<() => void>;
}

const KEY = Symbol.for('annotated-edition.dev-content-problems');

function devState(): DevState {
  const holder = globalThis as { [KEY]?: DevState };
  holder[KEY] ??= { root: '', problems: [], text: '', listeners: new Set() };
  return holder[KEY];
}

/** Lists the problems as the terminal and the overlay show them. */
export function problemLines(problems: Problem[]): string {
  return problems.map((problem) => `  ${formatProblemWithColumn(problem)}`).join('\n');
}

/**
 * Records the latest check's problems in `astro dev`. Returns true when they
 * differ from the last ones recorded, so that the caller logs a list once
 * rather than once per collection and per watcher event.
 */
export function reportDevProblems(root: string, problems: Problem[]): boolean {
  const state = devState();
  const text = problemLines(problems);
  state.root = root;
  if (text === state.text) return false;
  state.problems = problems;
  state.text = text;
  for (const listener of state.listeners) listener();
  return true;
}

/** The error a page throws in `astro dev` while the content has problems, or undefined. */
export function devContentError(): AstroError | undefined {
  const { root, problems } = devState();
  const first = problems[0];
  if (first === undefined) return undefined;
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  // Astro's public error takes a message and a hint; its overlay reads `loc` for the file, the line and a frame.
  const error = new AstroError(
    `The content breaks a rule of CONTRIBUTING.md: ${count}, each as file:line → field: what is wrong (how to fix it):\n${problemLines(problems)}`,
    'Fix the file and save: this page comes back by itself. `npm run check` lists the same problems.',
  );
  const where = { file: join(root, first.file), line: first.line, column: first.column ?? 1 };
  return Object.assign(error, { loc: where });
}

/**
 * The dev server's half: when the content's problems change (a new mistake,
 * or the last one fixed), every open page reloads, so that it shows the
 * overlay or comes back without the editor pressing reload.
 */
export function contentProblemsInBrowser(): AstroIntegration {
  return {
    name: 'content-problems-in-browser',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const listeners = devState().listeners;
        listeners.clear(); // a restarted dev server replaces the last one's
        listeners.add(() => server.environments.client.hot.send({ type: 'full-reload', path: '*' }));
      },
    },
  };
}
