/**
 * `npm run check`: every check an editor's change must pass, with all
 * problems listed together, each as `file:line → field: message (how to fix)`.
 *
 *   1. content: file names and ids, YAML syntax, the collection schemas
 *      (required fields, https URLs, real dates not in the future, statuses),
 *      sources for every claim, fact and event, references between files,
 *      claims the article does not use, the MDX safety lint, and the
 *      article's words against the raw scrape (tools/check/content-check.ts);
 *   2. types: `astro check` (TypeScript in src/, 0 errors, warnings, hints);
 *   3. formatting: the code as Prettier writes it (`.prettierrc.json`;
 *      content/ is prose and data, left as editors write it);
 *   4. workflows: every file in .github/workflows/ against GitHub's schema
 *      of workflows (@action-validator/cli), since they never run locally;
 *   5. weight: each article page's first view against one round trip
 *      (14,600 bytes gzip), built alone in a temporary copy, about 17 s on
 *      the shared machine (tools/check/weight.ts); after the content passes;
 *   6. links: every internal link, asset and fragment of the last build in
 *      dist/ (base BASE_PATH, default /) and dist-base/ (base
 *      /annotated-edition/), when they exist (tools/gates/link-check.ts);
 *   6. lint: ESLint with typescript-eslint (`eslint.config.js`) and knip,
 *      unused files, exports and dependencies (`knip.jsonc`), 0 findings.
 *
 * An editor's change to content alone gets the content rules alone, in a few
 * seconds: when no file outside content/ changed since the base (the
 * merge-base with main, or --base), steps 2–6 are skipped, each with the
 * reason (tools/check/scope.ts), except the weight, which a content change
 * moves. --content asks for that whatever changed;
 * --full runs every step whatever changed, and so does any run with CI set.
 * `npm test` passes --full.
 *
 * --format github writes each problem as a GitHub annotation
 * (`::error file=…,line=…,title=…::message`) on its file and line, as the
 * pull request's content job runs it. Options are read strictly (parseArgs):
 * an unknown one stops the check with the list. Options: --no-content, --no-types, --no-format, --no-workflows, --no-weight,
 * --no-links and --no-lint skip those steps (`npm test` runs the links step, as
 * `npm run check:links`, after the builds); --root <dir> checks another copy of the
 * project; --base <ref> (a pull request's base) also reports every raw
 * scrape or provenance pin that differs from that commit as "the published
 * article's text changed" (tools/check/base.ts).
 * Exits with 1 when there is any problem.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTION_FILES } from '~/model/collections.ts';
import { finished } from '../child-process.ts';
import { ROOT as PROJECT_ROOT } from '../project.ts';
import { checkContent, formatProblem, type Problem } from './content-check.ts';
import { pinnedChanges } from './base.ts';
import { workflowProblems } from './workflows.ts';
import { checkBase, checkScope } from './scope.ts';
import { correctionProblemsSince } from './corrections.ts';
import { articleWeights, weightLine } from './weight.ts';
import { annotationOf, githubCommand } from './annotations.ts';
import { IDS_SCHEMA, SCHEMA_DIR, writeIdsSchema } from '../json-schemas/ids.ts';

const FLAGS = [
  'full',
  'content',
  'no-content',
  'no-types',
  'no-format',
  'no-workflows',
  'no-weight',
  'no-links',
  'no-lint',
];
const FORMATS = ['text', 'github'];
let parsed: ReturnType<typeof parseOptions>;
const parseOptions = () =>
  parseArgs({
    args: process.argv.slice(2),
    strict: true,
    allowPositionals: false,
    options: {
      ...Object.fromEntries(FLAGS.map((flag) => [flag, { type: 'boolean' as const }])),
      root: { type: 'string' },
      base: { type: 'string' },
      format: { type: 'string' },
    },
  });
try {
  parsed = parseOptions();
  if (parsed.values.format !== undefined && !FORMATS.includes(parsed.values.format)) {
    throw new Error(`--format ${String(parsed.values.format)} is not one of ${FORMATS.join(', ')}`);
  }
} catch (caught) {
  console.error(
    `npm run check: ${(caught as Error).message}\n  options: ${FLAGS.map((flag) => `--${flag}`).join(' ')} --root <dir> --base <ref> --format ${FORMATS.join('|')}`,
  );
  process.exit(2);
}
/** The flags as given, before a content-only run adds its own. */
const explicit = new Set(
  FLAGS.filter((flag) => (parsed.values as Record<string, unknown>)[flag] === true).map((flag) => `--${flag}`),
);
const args = new Set(explicit);
// --root <dir> checks another copy of the project (the tests use it on fixtures).
const ROOT = parsed.values.root === undefined ? PROJECT_ROOT : resolve(parsed.values.root);
const BASE = parsed.values.base;
/** --format github: each problem also as a GitHub annotation on its file and line (tools/check/annotations.ts). */
const GITHUB = parsed.values.format === 'github';
process.chdir(ROOT);
const started = performance.now();

// Content alone, or every step (tools/check/scope.ts).
const scope = checkScope(ROOT, {
  full: args.has('--full'),
  content: args.has('--content'),
  base: BASE,
  ci: process.env.CI,
});
/** The steps a content-only run skips: the flag that skips each, and why a change to content needs none of them. */
const CONTENT_ONLY_SKIPS = {
  types: { flag: '--no-types', why: 'no TypeScript or Astro file changed (astro check takes about 40 s)' },
  formatting: { flag: '--no-format', why: 'Prettier leaves content/ as editors write it' },
  workflows: { flag: '--no-workflows', why: 'no workflow file changed' },
  links: { flag: '--no-links', why: 'they are read from a build, which `npm test` makes' },
  lint: { flag: '--no-lint', why: 'ESLint and knip read only code' },
};
if (scope.contentOnly) {
  console.log(`Content only: ${scope.why}. \`npm run check -- --full\` runs every step, as \`npm test\` and CI do.`);
  for (const { flag } of Object.values(CONTENT_ONLY_SKIPS)) args.add(flag);
} else {
  console.log(`Every step: ${scope.why}.`);
}
/** How a skipped step is reported: the flag that skipped it, or why a content-only run skips it. */
function skipped(step: keyof typeof CONTENT_ONLY_SKIPS): string {
  const { flag, why } = CONTENT_ONLY_SKIPS[step];
  return scope.contentOnly && !explicit.has(flag) ? `skipped, content only: ${why}` : `skipped (${flag})`;
}

interface Step {
  name: string;
  problems: string[];
  note: string;
}
const steps: Step[] = [];

function report(step: Step) {
  steps.push(step);
  const mark = step.problems.length === 0 ? '✓' : '✗';
  console.log(`\n${mark} ${step.name}: ${step.note}`);
  for (const line of step.problems) {
    console.log(GITHUB ? githubCommand(annotationOf(step.name, line)) : `  ${line}`);
  }
}

// The types and the formatting take the longest and need nothing from the other steps: they start first, in
// their own processes, and are reported in their place once done.
const typesRun = args.has('--no-types')
  ? undefined
  : finished(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['check'], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
const formatRun = args.has('--no-format')
  ? undefined
  : finished(join(PROJECT_ROOT, 'node_modules/.bin/prettier'), ['--check', '.']);
// ESLint's type-aware rules read the content collections' types, which Astro writes into .astro/ (a fresh clone
// has none): the lint starts once `astro check` (or, without it, `astro sync`) has written them.
const astroTypesWritten = (): Promise<unknown> =>
  typesRun ??
  finished(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['sync'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
const lintRuns = args.has('--no-lint')
  ? undefined
  : astroTypesWritten().then(() =>
      Promise.all([
        finished(join(PROJECT_ROOT, 'node_modules/.bin/eslint'), ['--format', 'json', '.']),
        finished(join(PROJECT_ROOT, 'node_modules/.bin/knip'), ['--no-progress', '--reporter', 'compact']),
      ]),
    );

// 1. Content.
if (args.has('--no-content')) {
  console.log('\n- content: skipped (--no-content)');
} else {
  const problems: Problem[] = checkContent(ROOT);
  // The ids an editor's YAML language server completes and checks (.vscode/schemas/ids.schema.json, not committed).
  if (existsSync(join(ROOT, SCHEMA_DIR)) && writeIdsSchema(ROOT)) {
    console.log(`(wrote ${IDS_SCHEMA}: the ids your editor completes while you type)`);
  }
  const files = Object.values(COLLECTION_FILES).reduce(
    (n, { dir }) => n + (existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).length : 0),
    0,
  );
  report({
    name: 'content',
    problems: problems.map(formatProblem),
    note:
      problems.length === 0
        ? `${files} files: schemas, ids, sources, references, MDX safety, text against the scrape`
        : `${problems.length} problem${problems.length === 1 ? '' : 's'}`,
  });
}

// 1a. Corrections against main (or --base): append-only, and a change of meaning needs a new entry.
if (!args.has('--no-content')) {
  const base = checkBase(ROOT, BASE);
  if (base === undefined) {
    console.log('\n- corrections: skipped, no main branch to compare with (git fetch origin main, or --base <ref>)');
  } else {
    let problems: string[];
    try {
      problems = correctionProblemsSince(ROOT, base.commit, base.label).map(formatProblem);
    } catch (caught) {
      problems = [`corrections → git: ${(caught as Error).message}`];
    }
    report({
      name: `corrections since ${base.label}`,
      problems,
      note:
        problems.length === 0
          ? 'published entries kept; every change of meaning has its entry'
          : `${problems.length} problem${problems.length === 1 ? '' : 's'}`,
    });
  }
}

// The weight needs a build of the article pages, which only content without problems makes: it starts once the
// content passes, and runs beside the other steps.
const contentPassed = steps.find((step) => step.name === 'content')?.problems.length === 0;
const buildable = existsSync(join(ROOT, 'src/pages/articles'));
const weightRun = args.has('--no-weight') || !contentPassed || !buildable ? undefined : articleWeights(ROOT);

// 1b. The provenance against the pull request's base.
if (BASE !== undefined) {
  let problems: string[];
  try {
    problems = pinnedChanges(ROOT, BASE);
  } catch (caught) {
    problems = [
      `--base ${BASE} → git: ${(caught as Error).message} (fetch the base branch, for example git fetch origin main)`,
    ];
  }
  report({
    name: `provenance since ${BASE}`,
    problems,
    note: problems.length === 0 ? 'no raw scrape or pin changed' : `${problems.length} changed`,
  });
}

// 2. Types.
if (!typesRun) {
  console.log(`\n- types: ${skipped('types')}`);
} else {
  const run = await typesRun;
  // eslint-disable-next-line no-control-regex -- strips terminal colour codes, which start with ESC
  const output = `${run.stdout}${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  const problems = [...output.matchAll(/^(\S+?):(\d+):(\d+) - (error|warning|hint) (ts\(\d+\)|[^:]*): (.*)$/gm)].map(
    ([, file, line, , kind, code, message]) =>
      `${file}:${line} → ${kind} ${code}: ${message} (the project keeps astro check at 0 errors, warnings and hints)`,
  );
  if (run.status !== 0 && problems.length === 0) {
    problems.push(`astro check → exit ${run.status ?? run.signal}: ${output.trim().split('\n').slice(-5).join(' / ')}`);
  }
  const summary = /- (\d+) errors?\s*\n- (\d+) warnings?\s*\n- (\d+) hints?/.exec(output);
  report({
    name: 'types',
    problems,
    note: summary ? `astro check: ${summary[1]} errors, ${summary[2]} warnings, ${summary[3]} hints` : 'astro check',
  });
}

// 3. Formatting.
if (!formatRun) {
  console.log(`\n- formatting: ${skipped('formatting')}`);
} else {
  const run = await formatRun;
  const output = `${run.stdout}${run.stderr}`;
  const problems = [...output.matchAll(/^\[warn\] (\S.*)$/gm)]
    .map(([, file]) => file!)
    .filter((file) => !file.startsWith('Code style issues'))
    .map((file) => `${file} → formatting: not as Prettier writes it (npm run format rewrites it)`);
  if (run.status !== 0 && problems.length === 0) {
    problems.push(
      `prettier --check → exit ${run.status ?? run.signal}: ${output.trim().split('\n').slice(-3).join(' / ')}`,
    );
  }
  report({
    name: 'formatting',
    problems,
    note:
      problems.length === 0
        ? 'prettier --check: every file'
        : `${problems.length} file${problems.length === 1 ? '' : 's'}`,
  });
}

// 4. Workflows.
if (args.has('--no-workflows')) {
  console.log(`\n- workflows: ${skipped('workflows')}`);
} else {
  const dir = join(ROOT, '.github/workflows');
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)) : [];
  const problems: string[] = [];
  for (const name of files) {
    const file = `.github/workflows/${name}`;
    const run = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/action-validator'), [join(ROOT, file)], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    if (run.status === 0) continue;
    const found = workflowProblems(file, `${run.stdout ?? ''}${run.stderr ?? ''}`);
    problems.push(...(found.length > 0 ? found : [`${file} → workflow: action-validator exited with ${run.status}`]));
  }
  report({
    name: 'workflows',
    problems,
    note:
      problems.length === 0
        ? `${files.length} files valid (action-validator)`
        : `${problems.length} problem${problems.length === 1 ? '' : 's'}`,
  });
}

// 5. Each article page's first view against one round trip.
if (!weightRun) {
  console.log(
    `\n- weight: skipped (${
      args.has('--no-weight')
        ? '--no-weight'
        : args.has('--no-content')
          ? '--no-content'
          : !buildable
            ? `${ROOT} has no article page to build`
            : 'the content has problems: fix them first'
    })`,
  );
} else {
  const { weights, error } = await weightRun;
  const problems = error
    ? [`src/pages/articles/[id]/index.astro → build: ${error}`]
    : weights.flatMap(({ page, gzip, budget, problems: over }) => [
        ...(gzip > budget
          ? [
              `content/articles/${page.split('/')[2]}.mdx → first view: ${weightLine({ page, gzip, budget, problems: over })}; tighten an explanation or a claim sentence (CONTRIBUTING.md, "Mind the weight"; npm run bench shows each part)`,
            ]
          : []),
        ...over.map((problem) => `content/articles/${page.split('/')[2]}.mdx → first view: ${problem}`),
      ]);
  report({
    name: 'weight',
    problems,
    note:
      problems.length === 0
        ? weights.map((weight) => weightLine(weight)).join('; ')
        : weights.map((weight) => weightLine(weight)).join('; ') || 'the build failed',
  });
}

// 6. Links in the last build.
if (args.has('--no-links')) {
  console.log(`\n- links: ${skipped('links')}`);
} else {
  for (const [dir, base] of [
    ['dist', process.env.BASE_PATH || '/'],
    ['dist-base', '/annotated-edition/'],
  ] as const) {
    if (!existsSync(join(ROOT, dir))) {
      console.log(
        `\n- links in ${dir}/: skipped, there is no build (npm run build${dir === 'dist' ? '' : ':base'} makes one)`,
      );
      continue;
    }
    // Loaded here, not at the top: linkedom is heavy, and a content-only run never reads a build.
    const { checkBuiltSite, formatLinkProblem } = await import('../gates/link-check.ts');
    const problems = checkBuiltSite(join(ROOT, dir), base);
    report({
      name: `links in ${dir}/ (base ${base})`,
      problems: problems.map((p) => `${formatLinkProblem(p)}`),
      note: problems.length === 0 ? 'every internal link, asset and fragment resolves' : `${problems.length} broken`,
    });
  }
}

// 6. Lint.
if (!lintRuns) {
  console.log(`\n- lint: ${skipped('lint')}`);
} else {
  const [eslint, knip] = await lintRuns;
  const problems: string[] = [];
  try {
    const files = JSON.parse(eslint.stdout) as {
      filePath: string;
      messages: { line?: number; ruleId: string | null; message: string }[];
    }[];
    for (const { filePath, messages } of files) {
      for (const { line, ruleId, message } of messages) {
        const file = filePath.slice(ROOT.length + 1);
        problems.push(`${file}${line === undefined ? '' : `:${line}`} → eslint ${ruleId ?? ''}: ${message}`);
      }
    }
  } catch {
    problems.push(
      `eslint → exit ${eslint.status ?? eslint.signal}: ${eslint.stderr.trim().split('\n').slice(-3).join(' / ')}`,
    );
  }
  if (knip.status !== 0) {
    const found = knip.stdout
      .trim()
      .split('\n')
      .filter((line) => line.trim() !== '');
    problems.push(
      ...(found.length > 0 ? found : [knip.stderr.trim()]).map(
        (line) => `knip → ${line} (unused: remove it, or say why in knip.jsonc)`,
      ),
    );
  }
  report({
    name: 'lint',
    problems,
    note: problems.length === 0 ? 'ESLint (typescript-eslint) and knip: 0 findings' : `${problems.length} findings`,
  });
}

const total = steps.reduce((n, step) => n + step.problems.length, 0);
const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
const onlyContent = scope.contentOnly ? ', content only; `npm test` runs every step' : '';
if (total === 0) {
  console.log(`\nnpm run check: all clear (${steps.map((s) => s.name).join('; ')}) in ${took}${onlyContent}.`);
} else {
  console.log(
    `\nnpm run check: ${total} problem${total === 1 ? '' : 's'} (${steps
      .filter((s) => s.problems.length > 0)
      .map((s) => `${s.name}: ${s.problems.length}`)
      .join(
        '; ',
      )}) in ${took}${onlyContent}. Each line names the file, the line and the field; CONTRIBUTING.md explains the rules.`,
  );
  process.exitCode = 1;
}
