// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkClaimRefs from './src/lib/remark-claim-refs.ts';

export default defineConfig({
  // The deployed address and sub-path come from the environment (see README).
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'ignore',
  markdown: {
    // The articles carry no code; Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkGfm, remarkClaimRefs],
      // SmartyPants would turn the article's straight quotes into curly ones.
      smartypants: false,
    }),
  },
  integrations: [mdx()],
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
    },
  },
});
