import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '~/site/paths.ts';

/** robots.txt, generated so that the sitemap's address uses the configured site (SITE_URL) and base (BASE_PATH). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(withBase('/sitemap-index.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
