import type { APIRoute } from 'astro';
import { withBase } from '~/site/paths.ts';
import { configuredSiteUrl } from '~/site/site.ts';

/**
 * robots.txt, generated so that the sitemap's address uses the deployed site
 * (SITE_URL) and base (BASE_PATH). Without SITE_URL there is no sitemap (a
 * sitemap needs full addresses), so no Sitemap line either.
 */
export const GET: APIRoute = () => {
  const site = configuredSiteUrl();
  const sitemap = site ? `\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
