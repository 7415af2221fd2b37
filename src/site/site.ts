/** The edition's name, as the site header and the machine-readable data give it. */
export const SITE_NAME = 'Annotated edition';

/** A one-line description of the whole site, for pages that have none of their own. */
export const SITE_DESCRIPTION =
  'A news article from December 2016 reproduced word for word, with sourced notes on each claim, the people who speak and the events it refers to.';

/**
 * Where the site says it lives when SITE_URL is not set (local builds and
 * tests): the address `astro preview` serves. Deployments set SITE_URL.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

export const siteUrl = (env: Record<string, string | undefined> = process.env): string =>
  env['SITE_URL'] || DEFAULT_SITE_URL;
