/**
 * Field schemas for the content collections. They live here, apart from
 * `src/content.config.ts`, so that unit tests can exercise them without
 * Astro's virtual modules; the config composes them with `reference()`.
 */
import { z } from 'astro/zod';
import { CLAIM_STATUS_IDS } from './statuses.ts';
import { parsePartialDate } from './dates.ts';

export const httpsUrl = z
  .string({ error: 'is required: give the full address, starting with https://' })
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, { error: (issue) => `"${String(issue.input)}" is not an https:// URL: cite the https address you read` });

// YAML reads an unquoted 2016-12-12 as a date and 2016 as a number; both
// are taken back to the ISO text the editor typed.
const fromYaml = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value;

export const partialDate = z.preprocess(
  fromYaml,
  z.string({ error: 'is required: write the date as YYYY-MM-DD' }).superRefine((value, ctx) => {
    const parsed = parsePartialDate(value);
    if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
  }),
);

/** Frontmatter and YAML ids are kebab-case so they work as URL fragments. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const nonEmptyText = z.string().trim().min(1, { error: 'must not be empty' });

export const claimStatus = z.enum(CLAIM_STATUS_IDS, {
  error: (issue) =>
    `"${String(issue.input)}" is not a claim status: use one of ${CLAIM_STATUS_IDS.join(', ')}`,
});

/** Written in place of a date when a page (a reference work, a gazetteer) gives none. */
export const UNDATED = 'undated';

/**
 * A source's date: a partial date, or "undated" where the page gives no date
 * at all. Saying so is required; a missing date still fails.
 */
export const sourceDate = z.preprocess(
  fromYaml,
  z.string({ error: 'is required: write the date as YYYY-MM-DD, or "undated" where the page gives none' }).superRefine((value, ctx) => {
    if (value === UNDATED) return;
    const parsed = parsePartialDate(value);
    if (typeof parsed === 'string') {
      const hint = /is not a date/.test(parsed) ? `; write "${UNDATED}" where the page gives no date` : '';
      ctx.addIssue({ code: 'custom', message: `${parsed}${hint}` });
    }
  }),
);

export const sourceSchema = z.strictObject({
  title: nonEmptyText,
  publisher: nonEmptyText,
  /** The date the source was published, at the precision it gives, or "undated". */
  published: sourceDate,
  url: httpsUrl,
  /** BCP 47 tag of the source's language, where it is not English. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/).default('en'),
  /** What a reader should know about the source itself (a mirror, a party to the conflict). */
  note: nonEmptyText.optional(),
});

const coordinate = (field: 'latitude' | 'longitude', limit: number, example: string) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `is required: the ${field} in decimal degrees, for example ${example}`
          : `${JSON.stringify(issue.input)} is not a ${field}: write decimal degrees as a number, for example ${example}`,
    })
    .refine((value) => value >= -limit && value <= limit, {
      error: (issue) =>
        `${String(issue.input)} is not a ${field}: it must lie between -${limit} and ${limit} (${
          field === 'latitude' ? 'north positive' : 'east positive'
        }); were latitude and longitude swapped?`,
    });

/** Decimal degrees, north positive. */
export const latitude = coordinate('latitude', 90, '34.5514');
/** Decimal degrees, east positive. */
export const longitude = coordinate('longitude', 180, '38.2681');

/** The place fields that need no other collection; the config adds the references. */
export const placeFields = {
  /** The name the notes use. */
  name: nonEmptyText,
  /** A shorter label for the map, where the name is long. */
  label: nonEmptyText.optional(),
  /** Other spellings and names a reader may meet. */
  otherNames: z.array(nonEmptyText).default([]),
  kind: z.enum(['city', 'airbase'], {
    error: (issue) => `"${String(issue.input)}" is not a kind of place: use city or airbase`,
  }),
  latitude,
  longitude,
  /** What exactly the coordinates mark, where that matters. */
  coordinatesNote: nonEmptyText.optional(),
};

/** A movement someone alleged, drawn on the map as a claim. */
export const routeFields = {
  /** Who alleged it, as the legend names them: "the Russian Defence Ministry". */
  allegedBy: nonEmptyText,
  /** What they alleged, in one attributed sentence. */
  alleged: nonEmptyText,
};
