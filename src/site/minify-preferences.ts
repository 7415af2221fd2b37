/**
 * The built site's `preferences.js`, minified. The script applies the reader's theme and annotation choices before
 * the first paint on every page, so it is a plain file in `public/` (readable, and served as is by `astro dev`), not
 * a bundled module. Copied verbatim, its comments and long names cost the article page's first view about 160 bytes
 * gzip of its one round trip; this integration rewrites the copy in the output with esbuild's minifier (Astro's own
 * dependency, the one Vite used for years), which keeps its behaviour.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transformSync } from 'esbuild';

export const PREFERENCES_SCRIPT = 'preferences.js';

/** The script as the build writes it. */
export const minifiedPreferences = (source: string): string => transformSync(source, { minify: true }).code;

export default function minifyPreferences(): AstroIntegration {
  return {
    name: 'minify-preferences',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const path = fileURLToPath(new URL(PREFERENCES_SCRIPT, dir));
        writeFileSync(path, minifiedPreferences(readFileSync(path, 'utf8')));
      },
    },
  };
}
