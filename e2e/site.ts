/**
 * The pages the browser gates walk: every HTML file the build wrote to dist/,
 * found by walking it, so a page added by the build is covered without
 * editing a list.
 */
import { join } from 'node:path';
import { readBuiltSite, type BuiltPage, type BuiltSite } from '../tools/gates/built-site.ts';

import { ROOT } from '../tools/project.ts';
/** The base the site was built for, as astro.config.mjs reads it. */
export const BASE = process.env.BASE_PATH || '/';

let site: BuiltSite | undefined;
export function builtSite(): BuiltSite {
  site ??= readBuiltSite(join(ROOT, 'dist'));
  if (site.pages.length === 0) throw new Error('dist/ has no pages: run `npm run build` first');
  return site;
}

export function builtPages(): BuiltPage[] {
  return builtSite().pages;
}

/** The address the preview server serves a page at, under the base. */
export function urlOf(page: BuiltPage): string {
  return `${BASE.replace(/\/?$/, '')}${page.path}`;
}
