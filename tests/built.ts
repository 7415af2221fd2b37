/**
 * The built site for the gates that read `dist/`. `npm test` builds first and
 * sets REQUIRE_BUILT_SITE, so a missing build fails there instead of letting
 * the gates pass on nothing; `vitest` alone skips them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readBuiltSite, type BuiltSite } from '../tools/gates/built-site.ts';
import { ROOT } from './helpers.ts';

export const DIST = join(ROOT, 'dist');
/** The base the site was built for, as astro.config.mjs reads it. */
export const BASE = process.env.BASE_PATH || '/';

export function builtSite(): BuiltSite | undefined {
  if (!existsSync(join(DIST, 'index.html'))) {
    if (process.env.REQUIRE_BUILT_SITE) throw new Error('dist/ has no built site: run `npm run build` first');
    return undefined;
  }
  return readBuiltSite(DIST);
}
