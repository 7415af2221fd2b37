import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas } from '~/model/schemas.ts';
import { idFromFileName } from '~/model/collections.ts';

// The schemas are defined once, in src/lib/schemas.ts, so that `npm run check`
// validates with the same rules; here references are Astro's `reference()`.
const schemas = collectionSchemas({
  speakers: () => reference('speakers'),
  events: () => reference('events'),
  sources: () => reference('sources'),
  claims: () => reference('claims'),
  places: () => reference('places'),
});

// Every entry is one file, named by its id, so that an error names the file
// an editor has to open. A file name that is not a valid id fails the build
// rather than being silently renamed (and possibly merged with another).
const loader = (name: keyof typeof schemas, pattern: string) =>
  glob({ pattern, base: `./content/${name}`, generateId: ({ entry }) => idFromFileName(name, entry) });

export const collections = {
  articles: defineCollection({ loader: loader('articles', '*.mdx'), schema: schemas.articles }),
  claims: defineCollection({ loader: loader('claims', '*.yaml'), schema: schemas.claims }),
  events: defineCollection({ loader: loader('events', '*.yaml'), schema: schemas.events }),
  sources: defineCollection({ loader: loader('sources', '*.yaml'), schema: schemas.sources }),
  speakers: defineCollection({ loader: loader('speakers', '*.yaml'), schema: schemas.speakers }),
  places: defineCollection({ loader: loader('places', '*.yaml'), schema: schemas.places }),
  routes: defineCollection({ loader: loader('routes', '*.yaml'), schema: schemas.routes }),
};
