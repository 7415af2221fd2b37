/**
 * Bad content must stop the build with a message naming the file and the
 * field. This runs Astro's own content sync on a copy of the project with one
 * place broken, so it checks what an editor would really see.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.ts';
import { prepareCopy } from '../support/spawn.ts';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Copies the project (without its dependencies, which are linked), edits one file, and runs `astro sync`. */
function syncWith(file: string, edit: (text: string) => string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
  copies.push(dir);
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  prepareCopy(dir);
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('a place with bad coordinates', () => {
  it('stops the content sync, naming the file and the field', { timeout: 150_000 }, () => {
    const { status, output } = syncWith('content/places/palmyra.yaml', (text) =>
      text.replace(/^latitude: .*$/m, 'latitude: 134.55139'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/places/palmyra.yaml');
    expect(output).toMatch(/latitude: 134\.55139 is not a latitude: it must lie between -90 and 90/);
  });
});
