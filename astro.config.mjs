// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkClaimRefs from './src/mdx/remark-claim-refs.ts';
import remarkMdxSafety from './src/mdx/remark-mdx-safety.ts';
import annotationsOnBuiltPages from './src/exports/annotations-integration.ts';
import shareCardCache from './src/exports/share-image-cache.ts';
import minifyPreferences from './src/site/minify-preferences.ts';
import servedSvgGuard from './src/site/served-svg-guard.ts';
import { configuredSiteUrl, siteUrl } from './src/site/site.ts';
import { contentProblemsInBrowser } from './src/check/dev-problems.ts';

export default defineConfig({
  // The deployed address and sub-path come from the environment (see README).
  site: siteUrl(),
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'ignore',
  markdown: {
    // The articles carry no code; Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    processor: unified({
      // The safety lint first: the build refuses content that could run code.
      remarkPlugins: [remarkMdxSafety, remarkGfm, remarkClaimRefs],
      // SmartyPants would turn the article's straight quotes into curly ones.
      smartypants: false,
    }),
  },
  // The sitemap lists the HTML pages; the 404 page is left out. It needs full addresses, so it is written only
  // where SITE_URL is set (no sitemap names localhost).
  // /annotations.json's page selectors are completed on the built pages.
  // The claims' share cards are kept between builds in Astro's cache directory.
  // public/preferences.js is minified in the output (the article page's one round trip).
  // Every SVG in the output is judged like public/'s (src/site/served-svg-guard.ts).
  // In `astro dev`, open pages reload when the content's problems change, to show them in the error overlay.
  integrations: [
    mdx(),
    ...(configuredSiteUrl() ? [sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) })] : []),
    annotationsOnBuiltPages(),
    shareCardCache(),
    minifyPreferences(),
    servedSvgGuard(),
    contentProblemsInBrowser(),
  ],
  // Styles go in a file, never inline, so that the Content-Security-Policy
  // (style-src 'self', src/site/security-headers.ts) holds on every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Nor are scripts or small assets inlined (Vite inlines files under 4 KB by
  // default): the policy allows no inline code. Astro's own CSP support
  // (security.csp) is not used: it would put the <meta> last in <head> and
  // list a hash of every bundled script on every page, which a policy that
  // allows no inline code does not need.
  vite: { build: { assetsInlineLimit: 0 } },
});
