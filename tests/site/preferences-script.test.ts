/**
 * The built site serves public/preferences.js minified (src/site/minify-preferences.ts): the script that applies
 * the reader's choices before the first paint is on every page's first view, and the article page's must fit one
 * round trip. The build's copy must be the minifier's output of the readable source, not the source itself, and
 * must still do what the source does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minifiedPreferences, PREFERENCES_SCRIPT } from '~/site/minify-preferences.ts';
import { ROOT } from '../../tools/project.ts';

const source = readFileSync(join(ROOT, 'public', PREFERENCES_SCRIPT), 'utf8');

describe.each(['dist', 'dist-base'])('%s/preferences.js', (out) => {
  const built = readFileSync(join(ROOT, out, PREFERENCES_SCRIPT), 'utf8');

  it('is the minified script, smaller than its readable source', () => {
    expect(built).toBe(minifiedPreferences(source));
    expect(built.length).toBeLessThan(source.length * 0.7);
  });

  it('keeps what the script reads and writes', () => {
    for (const kept of ['localStorage', 'DOMContentLoaded', '[name=theme]', 'show-annotations', 'annotations', 'off'])
      expect(built, kept).toContain(kept);
  });
});
