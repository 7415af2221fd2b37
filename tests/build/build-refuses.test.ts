/**
 * The build itself, not only `npm run check`, refuses bad content: a real
 * `astro build` of a copy of the project with one bad file fails and names
 * the file and the field. Three builds (one schema error, one unsafe MDX, one
 * claim resting on one party's word) keep this quick; tests/unit/content-check.test.ts covers every kind of bad content.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.ts';
import { astroBuild, prepareCopy } from '../support/spawn.ts';

const workDir = mkdtempSync(join(tmpdir(), 'build-refuses-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Builds a copy of the project whose content is the valid fixture with one bad case laid over it. */
async function buildWith(badCase: string): Promise<{ status: number | null; output: string }> {
  const dir = join(workDir, badCase);
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  cpSync(join(ROOT, 'tests/fixtures/content-check/valid/content'), join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/content-check/bad', badCase, 'content'), join(dir, 'content'), { recursive: true });
  prepareCopy(dir);
  // Asynchronous, so that the two builds run side by side.
  return astroBuild(dir, 120_000);
}

describe.concurrent('astro build refuses bad content', () => {
  it(
    'a claim with a status outside the vocabulary: fails, naming the file and the field',
    { timeout: 130_000 },
    async () => {
      const { status, output } = await buildWith('status-not-in-vocabulary');
      expect(status).not.toBe(0);
      expect(output).toContain('content/claims/coalition-missed-4000.yaml');
      expect(output).toContain('status: "true" is not a claim status: use one of supported');
    },
  );

  it(
    'an article with a <script>: fails before the MDX is compiled, naming the file, line and element',
    { timeout: 130_000 },
    async () => {
      const { status, output } = await buildWith('mdx-script');
      expect(status).not.toBe(0);
      expect(output).toContain(
        'content/articles/two-paragraphs.mdx:15:138 → <script>: <script> is not allowed in content',
      );
      expect(output).not.toContain('Complete!');
    },
  );

  it(
    'a supported claim whose sources all relay one party: fails, naming the file, the status field and the fix',
    { timeout: 130_000 },
    async () => {
      const { status, output } = await buildWith('supported-one-origin');
      expect(status).not.toBe(0);
      expect(output).toContain('content/claims/coalition-missed-4000.yaml:3 → status: "supported" needs at least two');
      expect(output).toContain('change the status to partly-supported or unverified');
    },
  );
});
