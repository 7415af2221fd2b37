/** The edition's name, as the site header and the machine-readable data give it. */
export const SITE_NAME = 'Annotated edition';

/**
 * Where Astro is told the site lives when SITE_URL is not set (local builds
 * and tests): the address `astro preview` serves. It is used for nothing a
 * reader sees: what a reader sees or a feed reader follows is built with
 * `siteAddress`, which gives the page's path instead. Deployments set SITE_URL.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

export const siteUrl = (env: Record<string, string | undefined> = process.env): string =>
  env['SITE_URL'] || DEFAULT_SITE_URL;

/** The deployed address (SITE_URL), or undefined when it is not set. */
export const configuredSiteUrl = (env: Record<string, string | undefined> = process.env): string | undefined =>
  env['SITE_URL'] || undefined;

let warned = false;

/**
 * The address of a site path (with the base already joined) as a reader is
 * given it: absolute under SITE_URL, or the path itself when SITE_URL is not
 * set, so that no page or feed names localhost. The build says so once.
 */
export function siteAddress(pathWithBase: string, env: Record<string, string | undefined> = process.env): string {
  const site = configuredSiteUrl(env);
  if (site) return new URL(pathWithBase, site).href;
  if (!warned && env === process.env) {
    warned = true;
    console.warn(
      '[site] SITE_URL is not set: citations and the feed of corrections give page paths instead of full addresses. ' +
        'Set SITE_URL to the deployed address (the deploy workflow does).',
    );
  }
  return pathWithBase;
}

/**
 * The repository the site is edited in, for "Edit this page" and other links
 * to it: REPO_URL (an https address; unset, no such link is shown) and
 * REPO_BRANCH (default main). Read here only, so that components take plain props.
 */
export function repositorySettings(env: Record<string, string | undefined> = process.env): {
  repoUrl: string | undefined;
  branch: string;
} {
  return { repoUrl: env['REPO_URL'] || undefined, branch: env['REPO_BRANCH'] || 'main' };
}

/**
 * The repository's address as links into it are built from: REPO_URL without
 * a trailing slash or `.git`, or undefined when it is unset or not a plain
 * https address (so that no page shows a link that leads nowhere).
 */
export function repositoryBase(repoUrl: string | undefined): string | undefined {
  if (!repoUrl) return undefined;
  let url: URL;
  try {
    url = new URL(repoUrl.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.search || url.hash) return undefined;
  return url.href.replace(/\/+$/, '').replace(/\.git$/, '');
}
