/** tools/bench/compare-dist.ts: two builds compare equal when only Vite's asset hashes differ, and not otherwise. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDist, normalisedName } from '../../../tools/bench/compare-dist.ts';

const workDir = mkdtempSync(join(tmpdir(), 'compare-dist-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function build(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(workDir, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

describe('compareDist', () => {
  it('normalises the hash in an _astro/ asset name', () => {
    expect(normalisedName('/_astro/global.B3x_Q9-a.css')).toBe('/_astro/global.[hash].css');
  });

  it('finds two builds equal when only the asset hashes differ', () => {
    const a = build('a', {
      'index.html': '<link href="/_astro/global.AAAAAAAA.css">',
      '_astro/global.AAAAAAAA.css': 'b{}',
      'share/x.png': PNG,
    });
    const b = build('b', {
      'index.html': '<link href="/_astro/global.BBBBBBBB.css">',
      '_astro/global.BBBBBBBB.css': 'b{}',
      'share/x.png': PNG,
    });
    expect(compareDist(a, b)).toEqual({ files: 3, pngs: 1, differences: [] });
  });

  it('names a changed PNG, a changed page and a missing file', () => {
    const a = build('c', { 'index.html': '<p>a</p>', 'share/x.png': PNG, 'gone.txt': '' });
    const b = build('d', { 'index.html': '<p>b</p>', 'share/x.png': Buffer.concat([PNG, Buffer.from([0])]) });
    expect(compareDist(a, b).differences).toEqual([
      `gone.txt: only in ${a}`,
      'index.html: differs',
      'share/x.png: differs',
    ]);
  });
});
