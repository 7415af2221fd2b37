/** The content-check fixtures (tests/fixtures/content-check): the valid content and each bad case laid over it. */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ROOT } from './helpers.ts';

export const FIXTURES = join(ROOT, 'tests/fixtures/content-check');
export const VALID = join(FIXTURES, 'valid');

export interface Case {
  rule: string;
  file: string;
  field: string;
  message: string;
  delete?: string[];
  /** Files replaced by a symbolic link to the given target. */
  symlinks?: Record<string, string>;
}

export const cases = readdirSync(join(FIXTURES, 'bad'))
  .sort()
  .map((name) => ({ name, ...(JSON.parse(readFileSync(join(FIXTURES, 'bad', name, 'case.json'), 'utf8')) as Case) }));

const workDir = mkdtempSync(join(tmpdir(), 'content-check-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A copy of the valid fixture with the named cases laid over it, as one pull request would. */
export function withCases(...names: string[]): string {
  const dir = join(workDir, names.join('+'));
  cpSync(VALID, dir, { recursive: true });
  for (const name of names) {
    const overlay = join(FIXTURES, 'bad', name, 'content');
    if (existsSync(overlay)) cpSync(overlay, join(dir, 'content'), { recursive: true });
    // public/ is code the check also judges (src/model/public-files.ts): a case may lay files over it too.
    const publicOverlay = join(FIXTURES, 'bad', name, 'public');
    if (existsSync(publicOverlay)) cpSync(publicOverlay, join(dir, 'public'), { recursive: true });
    const { delete: deleted = [], symlinks = {} } = cases.find((c) => c.name === name)!;
    for (const file of deleted) rmSync(join(dir, file));
    for (const [file, target] of Object.entries(symlinks)) {
      rmSync(join(dir, file), { force: true });
      symlinkSync(target, join(dir, file));
    }
  }
  return dir;
}
