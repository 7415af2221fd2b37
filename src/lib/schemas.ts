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

export const sourceSchema = z.strictObject({
  title: nonEmptyText,
  publisher: nonEmptyText,
  /** The date the source was published, at the precision it gives. */
  published: partialDate,
  url: httpsUrl,
  /** BCP 47 tag of the source's language, where it is not English. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/).default('en'),
  /** What a reader should know about the source itself (a mirror, a party to the conflict). */
  note: nonEmptyText.optional(),
});
