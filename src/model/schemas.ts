/**
 * The schemas of the content collections, defined once. They live here,
 * apart from `src/content.config.ts`, so that unit tests and `npm run check`
 * use them without Astro's virtual modules; the config, the check, the tests
 * and the tools all validate with these very objects. A reference to another
 * collection is a plain id (`ref`), marked with the collection it names so
 * that the integrity check can find every reference by walking the schema.
 */
import { z } from 'astro/zod';
import type { ContentCollection } from './collections.ts';
import { CLAIM_STATUS_IDS } from './statuses.ts';
import { parseDateRange, parsePartialDate } from './dates.ts';
import { WIRE_AGENCY_IDS } from './evidence.ts';
import { addressProblem, publisherNameProblem } from './source-identity.ts';

/**
 * A content address: https, and written exactly as a browser writes it (its
 * WHATWG serialisation, `new URL(value).href`), so that one page has one
 * address everywhere it is cited. The message gives the canonical form.
 */
export const httpsUrl = z
  .string({ error: 'is required: give the full address, starting with https://' })
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not an https:// URL: cite the https address you read` });
      return;
    }
    if (url.protocol !== 'https:' || !url.hostname.includes('.')) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not an https:// URL: cite the https address you read` });
      return;
    }
    const unsafe = addressProblem(url);
    if (unsafe) {
      ctx.addIssue({ code: 'custom', message: unsafe });
      return;
    }
    if (url.href !== value) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not written in its canonical form: write ${url.href}`,
      });
    }
  });

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
  error: (issue) => `"${String(issue.input)}" is not a claim status: use one of ${CLAIM_STATUS_IDS.join(', ')}`,
});

/** Written in place of a date when a page (a reference work, a gazetteer) gives none. */
export const UNDATED = 'undated';

/**
 * A source's date: a partial date, a range of days where the source can be
 * placed only within them ("2016-12-12/2016-12-13"), or "undated" where the
 * page gives no date at all. Saying so is required; a missing date still fails.
 */
export const sourceDate = z.preprocess(
  fromYaml,
  z
    .string({ error: 'is required: write the date as YYYY-MM-DD, or "undated" where the page gives none' })
    .superRefine((value, ctx) => {
      if (value === UNDATED) return;
      const range = parseDateRange(value);
      if (typeof range === 'string') ctx.addIssue({ code: 'custom', message: range });
      if (range !== undefined) return;
      const parsed = parsePartialDate(value);
      if (typeof parsed === 'string') {
        const hint = /is not a date/.test(parsed) ? `; write "${UNDATED}" where the page gives no date` : '';
        ctx.addIssue({ code: 'custom', message: `${parsed}${hint}` });
      }
    }),
);

/** The canonical form of a BCP 47 language tag (`Intl.getCanonicalLocales`), or undefined when it is not one. */
export function canonicalLanguageTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** A BCP 47 language tag, written in its canonical form (fr, ar, pt-BR). */
export const languageTag = z.string().superRefine((value, ctx) => {
  const canonical = canonicalLanguageTag(value);
  if (canonical === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a BCP 47 language tag: write the language's code, such as fr, ar or pt-BR, or remove the field for English`,
    });
  } else if (canonical !== value) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is written ${canonical} in BCP 47: write language: ${canonical}`,
    });
  }
});

export const sourceSchema = z.strictObject({
  /** The page's own title, as it gives it. */
  title: nonEmptyText,
  /** The organisation responsible for the page (the outlet, the ministry, the agency). */
  publisher: nonEmptyText.superRefine((value, ctx) => {
    const problem = publisherNameProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  /** The date the source was published, at the precision it gives, or "undated". */
  published: sourceDate,
  url: httpsUrl,
  /** BCP 47 tag of the source's language, where it is not English. */
  language: languageTag.default('en'),
  /** What a reader should know about the source itself (a mirror, a party to the conflict). */
  note: nonEmptyText.optional(),
  /** The day an editor read the page at this address (YYYY-MM-DD). */
  retrieved: partialDate,
  /**
   * What `retrieved` is: `read` (the default), the day the page was read;
   * `filed`, only the day the file was added, the page not read again since
   * (it could not be found in the stored pages). Shown with the source.
   */
  retrievedAs: z
    .enum(['read', 'filed'], {
      error: 'must be read (the day you read the page) or filed (only the day the file was added, not re-read)',
    })
    .default('read'),
  /** Why the address may not last (a free .tk domain, a mirror, a dead host): shown with the source. */
  fragile: nonEmptyText.optional(),
  /**
   * Where the page could be read only in part: which part was read, in a
   * reader's words ("the first three paragraphs; the rest is behind a
   * paywall"). Shown with the source; no claim may quote the part not read.
   */
  readInPart: nonEmptyText.optional(),
});

/**
 * What a cited source does for a claim: `backs` it, `disputes` it, gives
 * `context`, or tells what happened `later` (after the article). Only
 * backing citations count for the rule for "supported" (evidence.ts).
 */
export const CITATION_ROLES = ['backs', 'disputes', 'context', 'later'] as const;
export type CitationRole = (typeof CITATION_ROLES)[number];

/** The roles in readers' words, as the claim page and the data name them. */
export const CITATION_ROLE_LABELS: Record<CitationRole, string> = {
  backs: 'Backs the claim',
  disputes: 'Disputes the claim',
  context: 'Context',
  later: 'What happened later',
};

/** How a claim's citation is written, for messages: the old form (an id alone) is told this. */
const CITATION_EXAMPLE = 'source: <id>, role: backs, passage: "<the words, copied from the page>"';

/** A news agency a source reprints, by id: `basedOn: afp`. */
export const wireAgency = z.enum(WIRE_AGENCY_IDS);

/** What editors read about `basedOn` in their editor (JSON Schema description) and in the check's message. */
export const BASED_ON_HELP =
  `The source in content/sources/ (its id) or the news agency (${WIRE_AGENCY_IDS.join(', ')}) that this source copies or reports. ` +
  'One value, or a list for a report drawing on several: basedOn: [afp, reuters]. Origins are counted through every one.';
const BASED_ON_EMPTY = 'is an empty list: name the sources or agencies this source copies, or remove the field';

/** One entry of `basedOn`: a wire agency, or a source id. */
const basedOnEntry = () =>
  z.union([wireAgency, ref('sources')], {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a news agency (${WIRE_AGENCY_IDS.join(', ')}) nor a source id: ` +
      'write an agency, the id of a file in content/sources/, or a list of them such as [afp, reuters]',
  });

/** The statuses whose claims must say what evidence would settle them (`settle`). */
export const STATUSES_NEEDING_SETTLE = ['unverified', 'disputed'] as const;

/** How a figure is bounded, as its source words it: "more than 5,000", "up to 300". */
export const FIGURE_QUALIFIERS = ['more than', 'at least', 'about', 'up to', 'fewer than'] as const;

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

/** The place fields that need no other collection; `places` adds the references. */
export const placeFields = {
  /** The name the notes use. */
  name: nonEmptyText,
  /** A shorter label for the map, where the name is long. */
  label: nonEmptyText.optional(),
  /** Other spellings and names a reader may meet. */
  otherNames: z.array(nonEmptyText).default([]),
  /** What the place is: a city, or an airbase. */
  kind: z.enum(['city', 'airbase'], {
    error: (issue) => `"${String(issue.input)}" is not a kind of place: use city or airbase`,
  }),
  /** Decimal degrees, north positive (-90 to 90), from the place's sources. */
  latitude,
  /** Decimal degrees, east positive (-180 to 180), from the place's sources. */
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

/** An id that names an entry of another collection: its file name without `.yaml`. */
export const entryId = z.string({ error: 'must be the id of an entry (its file name without .yaml)' }).regex(SLUG, {
  error: (issue) => {
    const value = String(issue.input);
    const parts = value.split(/\s+/);
    // A list item indented further than the one above joins its line to it: two ids become one value.
    return parts.length > 1 && parts.every((part) => SLUG.test(part))
      ? `"${value}" is ${parts.length} ids run together: a list item indented further than the one above joins its line to it; start each id on its own line with "- ", indented as far as the others`
      : `"${value}" is not an id: ids are lower-case words joined by hyphens`;
  },
});

/** The collection each reference in the schemas names, keyed by its schema (see `ref`). */
export const references = z.registry<{ collection: ContentCollection }>();

/**
 * A reference to an entry of another collection: its id, a plain string, as
 * in the YAML. Each call makes its own schema, registered in `references`
 * with the collection it names.
 */
export function ref<C extends ContentCollection>(collection: C) {
  return entryId.clone().register(references, { collection });
}

/**
 * The object schema of every collection. Strict objects, so that a
 * misspelt field is an error, not silently dropped.
 */
function collectionSchemas() {
  const sourced = z
    .array(ref('sources'), { error: 'must list the ids of the sources that support it' })
    .min(1, { error: 'needs at least one source id (a file in content/sources/)' });

  const speakers = z.strictObject({
    /** The name, as the article or their own pages give it. */
    name: nonEmptyText,
    /** A person, or an organization (such as the outlet's own voice); used in the JSON-LD. */
    kind: z.enum(['person', 'organization']).default('person'),
    /** The role in the article's own words, for example "the former UK ambassador to Syria". */
    roleInArticle: nonEmptyText,
    /** The labels that introduce this speaker's turns in the article, for example "PF:". */
    labels: z.array(nonEmptyText).default([]),
    /** One sentence on who this is, in neutral words. */
    summary: nonEmptyText,
    /** What the article leaves out: offices and dates, affiliations, ownership. */
    facts: z
      .array(
        z.strictObject({
          /** One sourced fact, in a neutral sentence. */
          text: nonEmptyText,
          sources: sourced,
        }),
      )
      .min(1, { error: 'needs at least one sourced fact' }),
  });

  const events = z.strictObject({
    date: partialDate,
    /** One line: what happened, attributed where sources disagree. */
    title: nonEmptyText,
    sources: sourced,
  });

  /** A number a claim turns on, as one party or speaker gave it: drawn in the claim's figures chart. */
  const figure = z.strictObject({
    /** The number itself, without its qualifier: 5000 for "more than 5,000". */
    value: z
      .number({ error: 'must be a number, without commas or words: 5000 for "more than 5,000"' })
      .nonnegative({ error: 'must not be negative' }),
    /** How the source bounds the number: more than, at least, about, up to, fewer than; leave out for an exact one. */
    qualifier: z
      .enum(FIGURE_QUALIFIERS, {
        error: (issue) =>
          `"${String(issue.input)}" is not a qualifier: use one of ${FIGURE_QUALIFIERS.join(', ')}, or leave it out`,
      })
      .optional(),
    /** What the number counts, in a few words: "ISIS fighters in the attack on Palmyra". */
    counts: nonEmptyText,
    /**
     * Who gave the figure: the id of a party (content/parties/) or a speaker
     * (content/speakers/); leave it out when it is the source's own figure.
     */
    givenBy: entryId.optional(),
    /** When they gave it. */
    date: partialDate,
    /** Where it is reported; leave it out for a figure the annotated article itself gives. */
    source: ref('sources').optional(),
  });

  /** A correction in readers' words: shown on the claim page, in /changes.xml and on the about page. */
  const correction = z.strictObject({
    /** The day the change was published, YYYY-MM-DD. */
    date: z.preprocess(
      fromYaml,
      z.string({ error: 'is required: write the day of the change as YYYY-MM-DD' }).superRefine((value, ctx) => {
        const parsed = parsePartialDate(value);
        if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
        else if (parsed.precision !== 'day')
          ctx.addIssue({
            code: 'custom',
            message: `"${value}" needs the day: write the date of the change as YYYY-MM-DD`,
          });
      }),
    ),
    /** What changed, for a reader: "The status changed from Unverified to Contradicted." */
    what: nonEmptyText,
    /** Why, for a reader: what new evidence or error led to the change. */
    why: nonEmptyText,
    /**
     * A change of meaning (`correction`, the default) or a rewording that changes nothing (`clarification`).
     * The shape only, so that the content helpers' entries load here; the rule is issue 33's.
     */
    kind: z
      .enum(['correction', 'clarification'], {
        error: (issue) => `"${String(issue.input)}" is not a kind: use correction or clarification, or leave it out`,
      })
      .default('correction'),
  });

  /**
   * One source as a claim cites it: the source, what it does for the claim,
   * and the words the note relies on, copied from the page as read (in its
   * own language; `translation` is English, required when the source's
   * language is not English and refused when it is: integrity.ts, which
   * sees the source).
   */
  const citation = z.strictObject(
    {
      /** The source cited: the id of a file in content/sources/. */
      source: ref('sources'),
      /** What the source does for the claim: backs it, disputes it, gives context, or tells what happened later (after the article). Only backs counts for "supported". */
      role: z.enum(CITATION_ROLES, {
        error: (issue) =>
          issue.input === undefined
            ? `is required: say what the source does for the claim, role: ${CITATION_ROLES.join(' | ')}`
            : `${JSON.stringify(issue.input)} is not a role: use one of ${CITATION_ROLES.join(', ')} (backs: supports the claim; disputes: says otherwise; context: background; later: what happened after the article)`,
      }),
      /** Verbatim from the source as read, in its own language: the words the note relies on. */
      passage: z
        .string({
          error: (issue) =>
            issue.input === undefined
              ? 'is required: copy the words the note relies on from the page, exactly as read, passage: "…"'
              : 'must be text: the words the note relies on, copied from the page, in quotes',
        })
        .trim()
        .min(1, { error: 'must not be empty: copy the words the note relies on from the page, exactly as read' }),
      /** The passage in English, where the source is not in English. */
      translation: nonEmptyText.optional(),
    },
    {
      error: (issue) =>
        issue.code !== 'invalid_type' || issue.input === undefined
          ? undefined
          : typeof issue.input === 'string'
            ? `"${issue.input}" is a source id alone: cite it with its role and passage, ${CITATION_EXAMPLE.replace('<id>', issue.input)} (CONTRIBUTING.md, "Adding or changing a claim")`
            : `${JSON.stringify(issue.input)} is not a citation: write ${CITATION_EXAMPLE}`,
    },
  );

  const claims = z
    .strictObject({
      /** Who makes the claim in the article. */
      speaker: ref('speakers'),
      /** The claim restated in a neutral sentence. */
      claim: nonEmptyText,
      /**
       * The article's words the claim marks, exactly as the `<Claim>` mark wraps them (one per mark, in reading
       * order, where the claim is marked more than once): a mark moved onto other words is refused.
       */
      quote: z.union([nonEmptyText, z.array(nonEmptyText).min(2)]),
      /** What the sources show, in one word of the fixed vocabulary (CONTRIBUTING.md, "Statuses"). */
      status: claimStatus,
      /**
       * The verdict box's bottom line on the claim's page: one sentence a reader takes away, attributed like the
       * explanation. Without it the box shows the explanation's first sentence.
       */
      bottomLine: nonEmptyText.optional(),
      /** What the sources say, with every figure attributed. */
      explanation: nonEmptyText,
      /** One sentence: what evidence would settle it. Required when the status is unverified or disputed. */
      settle: nonEmptyText.optional(),
      /** The sources cited, each with its role and the passage the note relies on. */
      sources: z
        .array(citation, { error: 'must list the sources cited, each with its role and passage' })
        .min(1, { error: `needs at least one source: ${CITATION_EXAMPLE}` }),
      /** Timeline events the claim refers to or that bear on it. */
      events: z.array(ref('events')).default([]),
      /** The numbers the claim turns on, each with who gave it, when and where. */
      figures: z.array(figure).default([]),
      /** Corrections to the note, oldest first, each with its date, what changed and why, in readers' words. */
      corrections: z.array(correction).default([]),
    })
    .superRefine((claim, ctx) => {
      claim.figures.forEach((figure, i) => {
        if (figure.givenBy === undefined && figure.source === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['figures', i, 'givenBy'],
            message:
              'is required when the figure has no source: say who gave it (a party or speaker id), or give the source that reports it',
          });
        }
      });
      if ((STATUSES_NEEDING_SETTLE as readonly string[]).includes(claim.status) && claim.settle === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['settle'],
          message: `is required when the status is "${claim.status}": say in one sentence what evidence would settle the claim (for example independent imagery, a coalition statement, casualty records)`,
        });
      }
    });

  /** Whose word a source carries: a government, an armed force, a monitor. */
  const parties = z.strictObject({
    /** As a sentence names it: "the Russian Defence Ministry". */
    name: nonEmptyText,
    /** Whether it is a party to the conflict (a government or force fighting in it), not a monitor or outlet. */
    partyToConflict: z.boolean({ error: 'must be true or false: is this a party to the conflict?' }),
    /**
     * The party that heads its side, when this one is an organ of it: the
     * Russian Defence Ministry's side is the Russian government. Leave it out
     * for a party that is its own side. The rule for "supported" counts sides.
     */
    side: ref('parties').optional(),
    /** One neutral, sourced line on who this is. */
    description: nonEmptyText,
    sources: sourced,
  });

  const sources = sourceSchema.extend({
    /** Whose statement the source reports: ids of files in content/parties/. */
    relays: z.array(ref('parties')).default([]),
    /**
     * What this source copies or reports: the id of a source in the
     * collection, or of a news agency whose wire story it reprints
     * (afp, ap, reuters, ria-novosti, tass, interfax, pti); for a report
     * drawing on several, a list of them (`basedOn: [afp, reuters]`). Origins
     * are counted through every one.
     */
    basedOn: z
      .union([basedOnEntry(), z.array(basedOnEntry()).min(1, { error: BASED_ON_EMPTY })])
      .optional()
      .describe(BASED_ON_HELP),
    /**
     * When the publisher is an organ of a side (a state news agency or
     * broadcaster): the party heading that side. Its own words, where it
     * relays nobody and its chain ends at it, then count on that side. (The
     * agencies it reprints count on their own sides: WIRE_AGENCY_SIDES.)
     */
    publisherSide: ref('parties').optional(),
  });

  const articles = z.strictObject({
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
    speakers: z.array(ref('speakers')).min(1, { error: 'must list at least one speaker id' }),
  });

  /** A place the article or the notes name; claims and events link back to it from here. */
  const places = z.strictObject({
    ...placeFields,
    /** Where the coordinates come from. */
    sources: sourced,
    /** Claims that concern the place. */
    claims: z.array(ref('claims')).default([]),
    /** Timeline events that happened there or concern it. */
    events: z.array(ref('events')).default([]),
  });

  /** A movement someone alleged, drawn on the map as a claim, never as a fact. */
  const routes = z.strictObject({
    from: ref('places'),
    to: ref('places'),
    ...routeFields,
    /** The notes that discuss the allegation, with its sources. */
    claims: z
      .array(ref('claims'))
      .min(1, { error: 'needs at least one claim id: the note that discusses the allegation' }),
  });

  return { articles, claims, events, parties, places, routes, sources, speakers };
}

/** Every collection's schema, by collection. */
export const schemas = collectionSchemas() satisfies Record<ContentCollection, z.ZodType>;

/** An entry's data as its schema gives it, defaults applied. */
export type EntryData<C extends ContentCollection> = z.output<(typeof schemas)[C]>;
