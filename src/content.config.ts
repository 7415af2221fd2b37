/**
 * Astro's content collections, one per row of the collections table
 * (src/model/collections.ts), each with its schema from src/model/schemas.ts,
 * the very object `npm run check` validates with. A reference is a plain id,
 * as in the YAML; the check proves that every one resolves.
 */
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { schemas } from '~/model/schemas.ts';
import type { ContentCollection } from '~/model/collections.ts';
import { contentLoader } from '~/check/loader.ts';

// Every entry is one file, named by its id, so that an error names the file
// an editor has to open. The loader (src/check/loader.ts) reads files with
// the same rules as `npm run check`: a file name that is not a valid id, a
// link, a YAML feature or a text the check refuses fails the build too.
const collection = <Schema extends z.ZodType>(name: ContentCollection, schema: Schema) =>
  defineCollection({ loader: contentLoader(name), schema });

// Written out (not mapped over the table) so that Astro infers each entry's
// type; `satisfies` makes a collection missing from this list a type error.
export const collections = {
  articles: collection('articles', schemas.articles),
  claims: collection('claims', schemas.claims),
  events: collection('events', schemas.events),
  parties: collection('parties', schemas.parties),
  places: collection('places', schemas.places),
  routes: collection('routes', schemas.routes),
  sources: collection('sources', schemas.sources),
  speakers: collection('speakers', schemas.speakers),
} satisfies Record<ContentCollection, unknown>;
