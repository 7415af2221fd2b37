/**
 * Every SVG the built site serves, judged by the same rule as `public/`'s
 * (src/model/public-files.ts `svgProblems`): no script, event attribute,
 * foreign object or outside reference. The maps and images the build draws
 * pass through content (place names, labels), so the finished files are read
 * once more at the end of the build; a bad one fails it, naming the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { svgProblems } from '~/model/public-files.ts';

/** The problems of every .svg under `dir`, as `file:line → SVG: reason`. */
export function servedSvgProblems(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.toLowerCase().endsWith('.svg'))
    .flatMap((name) =>
      svgProblems(readFileSync(join(dir, name), 'utf8')).map(
        ({ line, message }) => `${name}:${line} → SVG: ${message}`,
      ),
    );
}

export default function servedSvgGuard(): AstroIntegration {
  return {
    name: 'served-svg-guard',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const problems = servedSvgProblems(fileURLToPath(dir));
        if (problems.length > 0) {
          throw new Error(
            `An SVG the site would serve is not a picture only:\n${problems.map((p) => `  ${p}`).join('\n')}`,
          );
        }
      },
    },
  };
}
