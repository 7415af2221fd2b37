/** The print stylesheet of every page but an article's (src/site/print-styles.ts). */
import type { APIRoute } from 'astro';
import rules from '~/styles/print.css?raw';
import { sitePrintStyles } from '~/site/print-styles.ts';
import { configuredSiteUrl } from '~/site/site.ts';

export const GET: APIRoute = () =>
  new Response(sitePrintStyles(rules, configuredSiteUrl()), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
