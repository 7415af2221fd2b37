// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkClaimRefs from './src/lib/remark-claim-refs.ts';
import remarkMdxSafety from './src/lib/remark-mdx-safety.ts';

export default defineConfig({
  // The deployed address and sub-path come from the environment (see README).
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'ignore',
  markdown: {
    processor: unified({
      // The safety lint first: the build refuses content that could run code.
      remarkPlugins: [remarkMdxSafety, remarkGfm, remarkClaimRefs],
      // SmartyPants would turn the article's straight quotes into curly ones.
      smartypants: false,
    }),
  },
  // The sitemap lists the HTML pages; the 404 page is left out.
  integrations: [mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) })],
  build: { format: 'directory' },
});
