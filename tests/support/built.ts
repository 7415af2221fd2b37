/**
 * The built site for the tests of the `site` project, which read `dist/`.
 * That project runs only after the build (`npm test` builds first), so a
 * missing build fails the tests that need it instead of letting them pass on
 * nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readBuiltSite, type BuiltSite } from '../../tools/gates/built-site.ts';
import { ROOT } from './helpers.ts';

export const DIST = join(ROOT, 'dist');
/** The base the site was built for, as astro.config.mjs reads it. */
export const BASE = process.env.BASE_PATH || '/';

export function builtSite(): BuiltSite {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(
      'dist/ has no built site: run `npm run build` (and `npm run build:base`) before `vitest --project site`',
    );
  return readBuiltSite(DIST);
}
