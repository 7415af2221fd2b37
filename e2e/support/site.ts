/**
 * The pages the browser gates walk: every HTML file the build wrote to dist/,
 * found by walking it, so a page added by the build is covered without
 * editing a list.
 */
import { join } from 'node:path';
import { readBuiltSite, type BuiltPage, type BuiltSite } from '../../tools/gates/built-site.ts';
import { ROOT } from '../../tools/project.ts';

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

/** Families of pages made from one template with different data: a claim's page, a speaker's page. */
const FAMILIES = [/^\/claims\/[^/]+\/$/, /^\/speakers\/[^/]+\/$/];

/**
 * True for every page of a family but the first. The keyboard walk, which tests the order and focus ring
 * that a family's pages share with their template, walks the first of each family (`pageRuns`).
 */
export function isFamilyRepeat(page: BuiltPage): boolean {
  const family = FAMILIES.find((pattern) => pattern.test(page.path));
  if (!family) return false;
  return builtPages().find((p) => family.test(p.path)) !== page;
}

/**
 * Every page (or, with `oneOfEachFamily`, every page but a family's repeats), dealt into `count` runs of
 * pages that one test walks in one browser page (a test of its own per page spent a second or more of its
 * time starting a browser context). The pages are dealt in turn, so that the long pages spread over the runs.
 */
export function pageRuns(
  count: number,
  { oneOfEachFamily = false }: { oneOfEachFamily?: boolean } = {},
): { pages: BuiltPage[]; name: string }[] {
  const pages = builtPages().filter((p) => !oneOfEachFamily || !isFamilyRepeat(p));
  return Array.from({ length: Math.min(count, pages.length) }, (_, run) => {
    const dealt = pages.filter((_, i) => i % count === run);
    return { pages: dealt, name: dealt.map((p) => p.path).join(', ') };
  });
}
