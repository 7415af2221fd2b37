/**
 * The framework's floor for the build-scale benchmark (`npm run bench`): a
 * bare Astro project with the same integrations' kind of work as one
 * synthetic article asks of this site (tools/bench/synthetic-content.ts), and
 * none of this site's own code. Each "article" is one MDX entry of a content
 * collection, with its claims marked by a tiny Astro component (passed as the
 * site passes `Claim`, through `components`) and rendered on its own page, plus as many plain HTML pages (its places page and its claim
 * pages) and small endpoint files (its two map drawings and its share cards)
 * as a synthetic article brings; Pagefind indexes the HTML.
 *
 * What such a project costs per added article is what Astro, MDX and Pagefind
 * cost on this machine before any of the site's work: the part of the
 * per-article figure that no change to the site can remove. Nothing here ships.
 */

export interface FloorFile {
  /** Relative to the floor project's root. */
  path: string;
  content: string;
}

export interface FloorRoutes {
  /** MDX entries, one page each. */
  mdxPages: number;
  /** Plain HTML pages besides the MDX ones. */
  plainPages: number;
  /** Non-HTML endpoint files. */
  files: number;
}

/** What one synthetic article with `claims` claims brings: its article page; its places page and one page per claim; two map drawings and one share card per claim. */
export function routesPerArticle(claims: number): FloorRoutes {
  return { mdxPages: 1, plainPages: 1 + claims, files: 2 + claims };
}

const PARAGRAPH =
  'Officials said the convoy reached the city after three days of fighting near the river, according to reports ' +
  'from both sides, while observers could not confirm the figures given by the ministry spokesman on Tuesday.';

/**
 * The floor project's files: `articles` MDX entries of `claims` marked phrases
 * each, and routes that give every entry the pages and files of
 * `routesPerArticle(claims)`. With `articles` = 0 it is the empty project the
 * per-article figure is measured against.
 */
export function frameworkFloorFiles(articles: number, claims: number): FloorFile[] {
  const routes = routesPerArticle(claims);
  const files: FloorFile[] = [
    {
      path: 'package.json',
      content: `${JSON.stringify(
        {
          name: 'framework-floor',
          private: true,
          type: 'module',
          scripts: { build: 'ASTRO_TELEMETRY_DISABLED=1 astro build && pagefind --site dist' },
        },
        null,
        2,
      )}\n`,
    },
    {
      // The caches stay inside the floor project, so every build is cold.
      path: 'astro.config.mjs',
      content: [
        "import { defineConfig } from 'astro/config';",
        "import mdx from '@astrojs/mdx';",
        'export default defineConfig({',
        "  cacheDir: './.cache/astro',",
        "  vite: { cacheDir: './.cache/vite' },",
        '  integrations: [mdx()],',
        "  build: { format: 'directory' },",
        '});',
        '',
      ].join('\n'),
    },
    {
      path: 'src/content.config.ts',
      content: [
        "import { defineCollection } from 'astro:content';",
        "import { glob } from 'astro/loaders';",
        "import { z } from 'astro/zod';",
        'export const collections = {',
        "  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/articles' }), schema: z.object({ title: z.string() }) }),",
        '};',
        '',
      ].join('\n'),
    },
    {
      path: 'src/components/Mark.astro',
      content: '---\nconst { id } = Astro.props;\n---\n<mark id={id}><slot /></mark><a href={`#note-${id}`}>*</a>\n',
    },
    {
      path: 'src/layouts/Page.astro',
      content:
        '---\nconst { title } = Astro.props;\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{title}</title></head>' +
        '<body><header><a href="/">Home</a></header><main data-pagefind-body><h1>{title}</h1><slot /></main></body></html>\n',
    },
    {
      path: 'src/pages/index.astro',
      content:
        '---\nimport Page from \'../layouts/Page.astro\';\n---\n<Page title="Home"><p>The floor project.</p></Page>\n',
    },
    {
      path: 'src/pages/articles/[id].astro',
      content: [
        '---',
        "import { getCollection, render } from 'astro:content';",
        "import Mark from '../../components/Mark.astro';",
        "import Page from '../../layouts/Page.astro';",
        'export async function getStaticPaths() {',
        "  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
        '}',
        'const { Content } = await render(Astro.props.entry);',
        '---',
        '<Page title={Astro.props.entry.data.title}><Content components={{ Mark }} /></Page>',
        '',
      ].join('\n'),
    },
    {
      path: 'src/pages/plain/[id].astro',
      content: [
        '---',
        "import Page from '../../layouts/Page.astro';",
        'export function getStaticPaths() {',
        `  return Array.from({ length: ${articles * routes.plainPages} }, (_, i) => ({ params: { id: String(i) } }));`,
        '}',
        '---',
        `<Page title={\`Plain page \${Astro.params.id}\`}><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></Page>`,
        '',
      ].join('\n'),
    },
    {
      path: 'src/pages/files/[id].txt.ts',
      content: [
        "import type { APIRoute } from 'astro';",
        'export function getStaticPaths() {',
        `  return Array.from({ length: ${articles * routes.files} }, (_, i) => ({ params: { id: String(i) } }));`,
        '}',
        'export const GET: APIRoute = ({ params }) => new Response(`File ${params.id}\\n`);',
        '',
      ].join('\n'),
    },
  ];
  for (let i = 1; i <= articles; i += 1) {
    const marked = Array.from(
      { length: claims },
      (_, k) => `${PARAGRAPH} <Mark id="a${i}-c${k + 1}">the figures given by the ministry</Mark>.`,
    );
    files.push({
      path: `content/articles/floor-${String(i).padStart(4, '0')}.mdx`,
      content: `---\ntitle: Floor article ${i}\n---\n\n${marked.join('\n\n')}\n`,
    });
  }
  return files;
}
