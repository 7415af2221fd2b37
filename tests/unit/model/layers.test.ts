/**
 * `src/model` is the bottom layer: what content is (schemas, vocabularies,
 * dates, integrity, the file reader). It imports nothing from the folders of
 * src/ above it and nothing of Astro's runtime, so that the check, the
 * tools and the tests use it without a build. (`astro/zod` is zod itself.)
 * Written as a test rather than a dependency-cruiser rule: twenty lines,
 * no new tool, run with the unit tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/helpers.ts';

const MODEL = join(ROOT, 'src/model');
/** Every module specifier a file imports or re-exports, with its line. */
export function importsOf(source: string): { specifier: string; line: number }[] {
  return [
    ...source.matchAll(
      /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((match) => ({
    specifier: (match[1] ?? match[2])!,
    line: source.slice(0, match.index + match[0].length).split('\n').length,
  }));
}

/** Why an import breaks the layer, or undefined when it may stay. */
export function layerProblem(specifier: string): string | undefined {
  if (specifier === 'astro/zod') return undefined;
  if (specifier === 'astro' || specifier.startsWith('astro/') || specifier.startsWith('astro:'))
    return 'imports Astro: move the module to src/check/ or src/edition/';
  if (specifier.startsWith('../') || (specifier.startsWith('~/') && !specifier.startsWith('~/model/')))
    return 'imports from a folder above src/model: move what it needs down, or the module up';
  return undefined;
}

describe('src/model, the bottom layer', () => {
  it('imports nothing from the src/ folders above it nor from Astro', () => {
    const problems = readdirSync(MODEL)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) =>
        importsOf(readFileSync(join(MODEL, name), 'utf8')).flatMap(({ specifier, line }) => {
          const problem = layerProblem(specifier);
          return problem ? [`src/model/${name}:${line} → ${specifier}: ${problem}`] : [];
        }),
      );
    expect(problems).toEqual([]);
  });

  it('tells an import that runs back up from one that stays', () => {
    expect(importsOf("import { a } from '~/edition/load.ts';\nimport x from 'astro/errors';")).toEqual([
      { specifier: '~/edition/load.ts', line: 1 },
      { specifier: 'astro/errors', line: 2 },
    ]);
    expect(layerProblem('~/edition/load.ts')).toMatch(/above src\/model/);
    expect(layerProblem('astro:content')).toMatch(/Astro/);
    expect(layerProblem('astro/zod')).toBeUndefined();
    expect(layerProblem('./dates.ts')).toBeUndefined();
    expect(layerProblem('~/model/dates.ts')).toBeUndefined();
  });
});
