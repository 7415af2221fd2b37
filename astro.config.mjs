// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkClaimRefs from './src/lib/remark-claim-refs.ts';
import remarkMdxSafety from './src/lib/remark-mdx-safety.ts';
import { siteUrl } from './src/lib/site.ts';

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
  // The sitemap lists the HTML pages; the 404 page is left out.
  integrations: [mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) })],
  // Styles go in a file, never inline, so that the policy in public/_headers
  // (style-src 'self') holds on every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Nor are scripts or small assets inlined (Vite inlines files under 4 KB by
  // default): inline code would need a hash in public/_headers.
  vite: { build: { assetsInlineLimit: 0 } },
  security: {
    // Astro writes a Content-Security-Policy <meta> into every page, with a
    // hash for any inline script or style it emits. public/_headers sends the
    // same policy, plus what only a header can carry, for static hosts.
    csp: {
      // Images, fonts and fetches fall back to default-src: the site only.
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly, on the search page only.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
