import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { claimStatus, httpsUrl, nonEmptyText, partialDate, placeFields, routeFields, sourceSchema } from './lib/schemas.ts';

// Every entry is one file, named by its id, so that an error names the file
// an editor has to open.
const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/sources' }),
  schema: sourceSchema,
});

const sourced = z
  .array(reference('sources'), { error: 'must list the ids of the sources that support it' })
  .min(1, { error: 'needs at least one source id (a file in content/sources/)' });

const speakers = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/speakers' }),
  schema: z.strictObject({
    name: nonEmptyText,
    /** The role in the article's own words, for example "the former UK ambassador to Syria". */
    roleInArticle: nonEmptyText,
    /** The labels that introduce this speaker's turns in the article, for example "PF:". */
    labels: z.array(nonEmptyText).default([]),
    /** One sentence on who this is, in neutral words. */
    summary: nonEmptyText,
    /** What the article leaves out: offices and dates, affiliations, ownership. */
    facts: z
      .array(z.strictObject({ text: nonEmptyText, sources: sourced }))
      .min(1, { error: 'needs at least one sourced fact' }),
  }),
});

const events = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/events' }),
  schema: z.strictObject({
    date: partialDate,
    /** One line: what happened, attributed where sources disagree. */
    title: nonEmptyText,
    sources: sourced,
  }),
});

const claims = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/claims' }),
  schema: z.strictObject({
    /** Who makes the claim in the article. */
    speaker: reference('speakers'),
    /** The claim restated in a neutral sentence. */
    claim: nonEmptyText,
    status: claimStatus,
    /** What the sources say, with every figure attributed. */
    explanation: nonEmptyText,
    sources: sourced,
    /** Timeline events the claim refers to or that bear on it. */
    events: z.array(reference('events')).default([]),
  }),
});

/** A place the article or the notes name; claims and events link back to it from here. */
const places = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/places' }),
  schema: z.strictObject({
    ...placeFields,
    /** Where the coordinates come from. */
    sources: sourced,
    /** Claims that concern the place. */
    claims: z.array(reference('claims')).default([]),
    /** Timeline events that happened there or concern it. */
    events: z.array(reference('events')).default([]),
  }),
});

/** A movement someone alleged, drawn on the map as a claim, never as a fact. */
const routes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/routes' }),
  schema: z.strictObject({
    from: reference('places'),
    to: reference('places'),
    ...routeFields,
    /** The notes that discuss the allegation, with its sources. */
    claims: z
      .array(reference('claims'))
      .min(1, { error: 'needs at least one claim id: the note that discusses the allegation' }),
  }),
});

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: z.strictObject({
    /** The headline, exactly as published. */
    title: nonEmptyText,
    /** The dateline exactly as the source gives it, for example "12 Dec, 2016 16:32". */
    dateline: nonEmptyText,
    /** The publication date as ISO 8601, for `<time datetime>`; no time zone is assumed. */
    published: partialDate,
    outlet: nonEmptyText,
    section: nonEmptyText,
    originalUrl: httpsUrl,
    /** The raw scrape this text was cleaned from, relative to the project root. */
    rawScrape: z.string().regex(/^content\/raw\/[a-z0-9-]+\.txt$/, {
      error: 'must name a file in content/raw/, for example content/raw/my-article.txt',
    }),
    description: nonEmptyText,
    speakers: z.array(reference('speakers')).min(1),
  }),
});

export const collections = { articles, claims, events, places, routes, sources, speakers };
