/**
 * `npm run check` (tools/check/check.ts) run as a command on the fixtures of
 * tests/fixtures/content-check: it lists every problem, then a summary, and
 * sets its exit code.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../support/spawn.ts';
import { VALID, withCases } from '../support/content-check-fixtures.ts';

describe('npm run check (tools/check/check.ts)', () => {
  const check = (root: string) => runCheck(root);

  it('lists every problem as file:line → field: message, then a summary, and exits with 1', () => {
    const run = check(withCases('date-in-future', 'mdx-script', 'orphan-claim'));
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n').map((line) => line.trim());
    expect(lines).toContain(
      'content/sources/tass-2016-12-11-4000-militants-palmyra.yaml:3 → published: "2999-01-01" is in the future (write the date the page gives, as YYYY-MM-DD, or YYYY-MM or YYYY where it gives no day)',
    );
    expect(
      lines.some((l) => l.startsWith('content/articles/two-paragraphs.mdx:15 → <script>: <script> is not allowed')),
    ).toBe(true);
    expect(
      lines.some((l) => l.startsWith('content/claims/unreferenced-claim.yaml → id: no article refers to this claim')),
    ).toBe(true);
    expect(run.stdout).toMatch(/npm run check: \d+ problems \(content: \d+\)/);
  });

  it('passes content that follows every rule, and exits with 0', () => {
    const run = check(VALID);
    expect(run.stdout).toContain('npm run check: all clear');
    expect(run.status).toBe(0);
  });
});
