/**
 * The build refuses what `npm run check` refuses, naming the same file, line
 * and field: for every kind of bad content (tests/fixtures/content-check/bad),
 * a real `astro build` of a copy of the project with the case laid over the
 * valid fixture fails, and its output holds every line the check prints for
 * that copy. Cases that touch different files share one copy (one pull
 * request with many problems), so that a few builds cover them all; of the
 * cases alone in their batch (they all edit the same article), those of a
 * class no batch covers are built on their own (`ALSO_BUILT`: one MDX
 * safety case, a <script>; the other MDX cases are left to the check, which
 * is the very function the build's loader runs). A few cases also name the
 * exact words an editor sees in the build's output (`EDITOR_SEES`).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../tools/check/content-check.ts';
import { formatProblemWithColumn } from '~/model/content-files.ts';
import { ROOT } from '../support/helpers.ts';
import { astroBuild, prepareCopy } from '../support/spawn.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/content-check');

interface Case {
  name: string;
  rule: string;
  file: string;
  field: string;
  delete?: string[];
  symlinks?: Record<string, string>;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(join(dir, '..'), path));
}

const cases: (Case & { touches: Set<string> })[] = readdirSync(join(FIXTURES, 'bad'))
  .sort()
  .map((name) => {
    const c = JSON.parse(readFileSync(join(FIXTURES, 'bad', name, 'case.json'), 'utf8')) as Omit<Case, 'name'>;
    const touches = new Set([
      ...filesUnder(join(FIXTURES, 'bad', name, 'content')),
      ...filesUnder(join(FIXTURES, 'bad', name, 'public')),
      ...(c.delete ?? []),
      ...Object.keys(c.symlinks ?? {}),
    ]);
    return { name, ...c, touches };
  });

// Greedy batches of cases whose files do not overlap.
const batches: (typeof cases)[] = [];
for (const c of cases) {
  const batch = batches.find((b) => b.every((other) => [...c.touches].every((file) => !other.touches.has(file))));
  if (batch) batch.push(c);
  else batches.push([c]);
}
// Cases alone in their batch are built too when no shared batch has a case of their class: the rule they
// break is named here (of the MDX safety cases, a <script>: it fails before the MDX is compiled).
const ALSO_BUILT = ['claim-id-twice', 'mdx-script', 'raw-scrape-rewritten', 'speaker-label-not-a-label'];
// The build's own words for three kinds of bad content: a schema error, unsafe MDX (file, line, column and
// element), a claim resting on one party's word (the status field and the fix).
const EDITOR_SEES: Record<string, string[]> = {
  'status-not-in-vocabulary': [
    'content/claims/coalition-missed-4000.yaml',
    'status: "true" is not a claim status: use one of supported',
  ],
  'mdx-script': ['content/articles/two-paragraphs.mdx:15:138 → <script>: <script> is not allowed in content'],
  'supported-one-origin': [
    'content/claims/coalition-missed-4000.yaml:4 → status: "supported" needs independent origins on at least two sides',
    'change the status to partly-supported or unverified',
  ],
  'supported-one-side': [
    "trace only to the Russian government's side (the Russian Defence Ministry, the Russian government)",
  ],
};
const shared = [
  ...batches.filter((batch) => batch.length > 1),
  ...batches.filter((batch) => batch.length === 1 && ALSO_BUILT.includes(batch[0]!.name)),
];

const workDir = mkdtempSync(join(tmpdir(), 'build-check-parity-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function copyWith(batch: Case[], index: number): string {
  const dir = join(workDir, `batch-${index}`);
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  cpSync(join(FIXTURES, 'valid/content'), join(dir, 'content'), { recursive: true });
  for (const c of batch) {
    const overlay = join(FIXTURES, 'bad', c.name, 'content');
    if (existsSync(overlay)) cpSync(overlay, join(dir, 'content'), { recursive: true });
    const publicOverlay = join(FIXTURES, 'bad', c.name, 'public');
    if (existsSync(publicOverlay)) cpSync(publicOverlay, join(dir, 'public'), { recursive: true });
    for (const file of c.delete ?? []) rmSync(join(dir, file));
    for (const [file, target] of Object.entries(c.symlinks ?? {})) {
      rmSync(join(dir, file), { force: true });
      symlinkSync(target, join(dir, file));
    }
  }
  prepareCopy(dir);
  return dir;
}

function build(dir: string): Promise<{ status: number | null; output: string }> {
  return astroBuild(dir, 240_000);
}

it('batches the cases into a few builds, each case in one', () => {
  expect(shared.flat().length).toBeGreaterThanOrEqual(30);
  for (const name of [...ALSO_BUILT, ...Object.keys(EDITOR_SEES)]) {
    expect(shared.flat().map((c) => c.name)).toContain(name);
  }
  expect(new Set(shared.flat().map((c) => c.name)).size).toBe(shared.flat().length);
});

describe.concurrent('astro build refuses what npm run check refuses, naming the same file, line and field', () => {
  it.each(shared.map((batch, index) => ({ batch, index, names: batch.map((c) => c.name).join(', ') })))(
    'batch $index: $names',
    { timeout: 250_000 },
    async ({ batch, index }) => {
      const dir = copyWith(batch, index);
      const expected = checkContent(dir).map(formatProblemWithColumn);
      const { status, output } = await build(dir);
      expect(status).not.toBe(0);
      expect(output).not.toContain('Complete!');
      for (const c of batch) {
        expect(output, `${c.name}: ${c.file} → ${c.field}`).toMatch(
          new RegExp(
            `${c.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:\\d+){0,2} → ${c.field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `,
          ),
        );
      }
      for (const line of expected) expect(output, 'the build prints every line the check prints').toContain(line);
      for (const c of batch) for (const words of EDITOR_SEES[c.name] ?? []) expect(output, c.name).toContain(words);
    },
  );
});
