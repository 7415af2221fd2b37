/**
 * `npm run check`'s weight step (tools/check/weight.ts): a content change
 * that takes the article page's first view past one round trip (14,600
 * bytes gzip) is reported on the article's file, with the figure. Runs the
 * check on a copy of the project whose claim sentences have been made long
 * with text that compresses badly, so that the page is over whatever the
 * layout of the day.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.ts';
import { runCheckWith } from '../support/spawn.ts';

/** Text no compressor shrinks much, distinct for each claim: what a long-winded note costs, at worst. */
const wordy = (i: number) =>
  Array.from({ length: 6 }, (_, k) => createHash('sha256').update(`${i}-${k}`).digest('hex')).join(' ');

const dir = mkdtempSync(join(tmpdir(), 'check-weight-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run check: the article page’s first view against one round trip', () => {
  it('reports a first view over 14,600 bytes on the article, with the figure', { timeout: 300_000 }, () => {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    // Every claim sentence, shown beside its mark on the article page, made longer by a distinct clause.
    const claims = join(dir, 'content/claims');
    for (const [i, name] of readdirSync(claims).entries()) {
      const file = join(claims, name);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          /^claim: (["']?)(.*?)\1$/m,
          (_, _quote: string, text: string) => `claim: ${JSON.stringify(`${text} — ${wordy(i)}.`)}`,
        ),
      );
    }
    const run = runCheckWith(dir, ['--content', '--no-workflows']);
    const output = `${run.stdout}${run.stderr}`;
    const line = output.split('\n').find((l) => l.includes('content/articles/decamped-from-mosul.mdx → first view:'));
    expect(line, output).toBeDefined();
    const [, figure] = /first view ([\d,]+) bytes gzip of 14,600 \(one round trip\): [\d,]+ over/.exec(line!) ?? [];
    expect(Number(figure?.replace(/,/g, ''))).toBeGreaterThan(14_600);
    expect(line).toMatch(/tighten an explanation or a claim sentence/);
    expect(output).toMatch(/✗ weight: \/articles\/decamped-from-mosul\/: first view/);
    expect(run.status).toBe(1);
  });
});
