/**
 * `tsx tools/bench/compare-dist.ts <before> <after>`: are two builds of the
 * site the same, byte for byte? A build-speed change must not change what the
 * build writes, so each one is checked with this on the real site's dist/,
 * built before and after it.
 *
 * Every file is compared, PNGs and the search index included. The only
 * difference forgiven is the content hash Vite puts in the names of bundled
 * assets (`_astro/<name>.<hash>.<ext>`): those names are normalised in paths
 * and in every text file's contents before comparing, so a build whose
 * bundles hash differently but hold the same bytes compares equal (the
 * bundles' own bytes are still compared). Prints each difference and exits
 * with 1 when there is any.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

/** Vite's asset names: `_astro/` then a name, a dot, an 8-character hash, and the extension. */
const HASHED = /(_astro\/[\w.-]+?)\.[\w-]{8}(\.\w+)/g;
const TEXT = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest|map)$/;

export function normalisedName(path: string): string {
  return path.replace(HASHED, '$1.[hash]$2');
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

function normalisedBytes(dir: string, path: string): Buffer {
  const bytes = readFileSync(join(dir, path));
  return TEXT.test(path) ? Buffer.from(normalisedName(bytes.toString('utf8'))) : bytes;
}

export interface DistComparison {
  files: number;
  pngs: number;
  differences: string[];
}

export function compareDist(before: string, after: string): DistComparison {
  const index = (dir: string) => new Map(files(dir).map((path) => [normalisedName(path), path]));
  const a = index(before);
  const b = index(after);
  const differences: string[] = [];
  for (const name of a.keys()) if (!b.has(name)) differences.push(`${name}: only in ${before}`);
  for (const name of b.keys()) if (!a.has(name)) differences.push(`${name}: only in ${after}`);
  for (const [name, path] of a) {
    const other = b.get(name);
    if (other === undefined) continue;
    if (!normalisedBytes(before, path).equals(normalisedBytes(after, other))) differences.push(`${name}: differs`);
  }
  return {
    files: a.size,
    pngs: [...a.keys()].filter((name) => name.endsWith('.png')).length,
    differences,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { positionals } = parseArgs({ strict: true, allowPositionals: true, options: {} });
  const [before, after] = positionals;
  if (!before || !after || positionals.length > 2) {
    console.error('usage: tsx tools/bench/compare-dist.ts <before-dist> <after-dist>');
    process.exit(2);
  }
  const { files: count, pngs, differences } = compareDist(before, after);
  if (differences.length === 0) {
    console.log(
      `identical: ${count} files (${pngs} PNGs), hashed asset names normalised (${relative('.', before)} against ${relative('.', after)})`,
    );
  } else {
    for (const line of differences) console.log(line);
    console.log(`${differences.length} of ${count} files differ`);
    process.exitCode = 1;
  }
}
