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
  security: {
    // Astro writes a Content-Security-Policy <meta> into every page, with a
    // hash for any inline script or style it emits. public/_headers sends the
    // same policy, plus what only a header can carry, for static hosts.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
