/**
 * The Astro integration that completes /annotations.json once the pages are
 * built (anchor-on-page.ts says why it must wait for them), and fails the
 * build when a selector does not anchor exactly once on its page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { anchorOnPages } from './anchor-on-page.ts';
import type { AnnotationCollection } from './web-annotations.ts';

export default function annotationsOnBuiltPages(): AstroIntegration {
  let base = '/';
  return {
    name: 'annotations-on-built-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const file = new URL('annotations.json', dir);
        const collection = JSON.parse(readFileSync(file, 'utf8')) as AnnotationCollection;
        // A page's URL, with the base path, to its built file in `dir`.
        const pageHtml = (url: string) => {
          const path = new URL(url).pathname;
          if (!path.startsWith(base)) return undefined;
          const rel = path.slice(base.length).replace(/\/?$/, '/');
          try {
            return readFileSync(fileURLToPath(new URL(`${rel}index.html`, dir)), 'utf8');
          } catch {
            return undefined;
          }
        };
        const { anchored, problems } = anchorOnPages(collection, pageHtml);
        if (problems.length > 0)
          throw new Error(
            `annotations.json: selectors that do not anchor once on the built page:\n  ${problems.join('\n  ')}\n` +
              'Each problem names the claim (content/claims/<id>.yaml); its words must stand once, together, in its <Claim> mark in the article.',
          );
        writeFileSync(file, `${JSON.stringify(collection, null, 2)}\n`);
        logger.info(`${anchored} page selectors anchored on the built pages`);
      },
    },
  };
}
