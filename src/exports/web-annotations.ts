/**
 * The claim notes as W3C Web Annotations (Web Annotation Data Model,
 * https://www.w3.org/TR/annotation-model/), in one AnnotationCollection.
 *
 * Each note is one annotation with two targets per place the article makes
 * the claim:
 * - the edition's article page: a CssSelector for `[data-article-text]`
 *   refined by a TextQuoteSelector and, as an alternative, by a
 *   TextPositionSelector. Their context and offsets must be those of the page
 *   as rendered (note marks, hidden short notes and all), which only the built
 *   HTML has: this module emits the claim's words alone, and
 *   `anchor-on-page.ts` completes them after the build;
 * - the original article (`originalUrl`): a TextQuoteSelector computed on the
 *   article's text as published (the cleaned scrape), so that clients reading
 *   the original can show the notes there. No position: the original page's
 *   offsets depend on its own navigation, which we do not have.
 *
 * Its bodies are the status, the claim, the explanation and one linking body
 * per citation (issue 31): the source, with the passage the note relies on as
 * a TextQuoteSelector on it, and the citation's role (`backs`, `disputes`,
 * `context`, `later`) as `role`, a term the collection's context adds to the
 * W3C one (schema.org's roleName). A passage that leaves words out (`[…]`)
 * gives one such body per part: a W3C RangeSelector would exclude the words
 * its end selector matches, and a list of selectors means alternatives.
 */
import { CLAIM_STATUSES, type ClaimStatus } from '~/model/statuses.ts';
import {
  quoteSelector,
  selectorMatches,
  type ClaimQuote,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '~/article/text-quotes.ts';
import { AstroError } from 'astro/errors';
import type { CitationRole } from '~/model/schemas.ts';
import { passageSegments } from '~/site/text-fragment.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The collection's context: the W3C one, and `role` for a citation's role
 * (what the source does for the claim), as schema.org's `roleName` (the
 * `schema` prefix is the W3C context's own).
 */
export const COLLECTION_CONTEXT = [ANNOTATION_CONTEXT, { role: 'schema:roleName' }] as const;

/** A passage's words in its source (one part of it, where it leaves words out). */
export interface PassageSelector {
  type: 'TextQuoteSelector';
  exact: string;
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'assessing' | 'describing' | 'commenting';
  value: string;
  format: 'text/plain';
  language: 'en';
}

export interface LinkBody {
  type: 'SpecificResource';
  purpose: 'linking';
  /** What the source does for the claim: backs, disputes, context, later. */
  role: CitationRole;
  source: { id: string; type: 'Text'; label: string; language: string };
  /** The passage the note relies on, in the source's language. */
  selector: PassageSelector;
}

/** W3C CssSelector narrowed by a refinement (https://www.w3.org/TR/annotation-model/#refinement-of-selection). */
export interface RefinedCssSelector<R> {
  type: 'CssSelector';
  value: string;
  refinedBy: R;
}

/** The element of the article page that holds the article's text, and nothing else. */
export const ARTICLE_TEXT_SELECTOR = '[data-article-text]';

/** A target on the edition's page: the claim's words only until the built page is read (anchor-on-page.ts). */
export interface PageTarget {
  source: string;
  selector:
    | [RefinedCssSelector<Pick<TextQuoteSelector, 'type' | 'exact'>>]
    | [RefinedCssSelector<TextQuoteSelector>, RefinedCssSelector<TextPositionSelector>];
}

/** A target on the original article, selected in its text as published. */
export interface OriginalTarget {
  source: string;
  selector: TextQuoteSelector;
}

export type AnnotationTarget = PageTarget | OriginalTarget;

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  creator: { type: 'Organization'; name: string; homepage: string };
  created: string;
  modified: string;
  body: (TextualBody | LinkBody)[];
  target: AnnotationTarget[];
}

export interface AnnotationCollection {
  '@context': typeof COLLECTION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: {
    id: string;
    type: 'AnnotationPage';
    startIndex: 0;
    items: Annotation[];
  };
}

/** One source as the note cites it. */
export interface NoteCitation {
  url: string;
  title: string;
  publisher: string;
  /** ISO date at the precision the source gives. */
  published: string;
  language: string;
  role: CitationRole;
  /** Verbatim, in the source's language. */
  passage: string;
  translation?: string | undefined;
}

export interface Note {
  claimId: string;
  status: ClaimStatus;
  claim: string;
  explanation: string;
  citations: NoteCitation[];
  created: string;
  modified: string;
}

export interface ArticleNotes {
  /** The article page's absolute URL, the annotations' target. */
  pageUrl: string;
  /** The original article's URL, the second target. */
  originalUrl: string;
  /** The article text as published (the cleaned scrape), in which the original's selectors are computed. */
  text: string;
  quotes: ClaimQuote[];
  notes: Note[];
}

function textual(purpose: TextualBody['purpose'], value: string): TextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain', language: 'en' };
}

/** The annotation for one note; `quotes` are the places the article makes the claim. */
export function noteAnnotation(
  note: Note,
  quotes: ClaimQuote[],
  {
    id,
    pageUrl,
    originalUrl,
    text,
    creator,
  }: { id: string; pageUrl: string; originalUrl: string; text: string; creator: Annotation['creator'] },
): Annotation {
  if (quotes.length === 0)
    throw new AstroError(
      `content/claims/${note.claimId}.yaml → id: claim "${note.claimId}" is not wrapped anywhere in the article, so its note has no target`,
      `Wrap its words in <Claim id="${note.claimId}">…</Claim> in the article, or delete the file.`,
    );
  const target = quotes.flatMap((quote): AnnotationTarget[] => {
    if (text.slice(quote.start, quote.end) !== quote.exact) {
      throw new AstroError(
        `content/claims/${note.claimId}.yaml → id: claim "${note.claimId}" (occurrence ${quote.occurrence}): the words ${JSON.stringify(quote.exact)} are not at that place in the article text; the MDX and the scrape differ`,
        'Restore the article’s words; `npm run check` names the paragraph that differs.',
      );
    }
    return [
      {
        source: pageUrl,
        selector: [
          {
            type: 'CssSelector',
            value: ARTICLE_TEXT_SELECTOR,
            refinedBy: { type: 'TextQuoteSelector', exact: quote.exact },
          },
        ],
      },
      { source: originalUrl, selector: quoteSelector(text, quote.start, quote.end) },
    ];
  });
  const { label, meaning } = CLAIM_STATUSES[note.status];
  return {
    id,
    type: 'Annotation',
    motivation: 'assessing',
    creator,
    created: note.created,
    modified: note.modified,
    body: [
      textual('assessing', `${label}: ${meaning}`),
      textual('describing', note.claim),
      textual('commenting', note.explanation),
      ...note.citations.flatMap((citation) =>
        passageSegments(citation.passage).map((exact): LinkBody => ({
          type: 'SpecificResource',
          purpose: 'linking',
          role: citation.role,
          source: {
            id: citation.url,
            type: 'Text',
            label: `${citation.title}, ${citation.publisher}, ${citation.published}`,
            language: citation.language,
          },
          selector: { type: 'TextQuoteSelector', exact },
        })),
      ),
    ],
    target,
  };
}

export function annotationCollection({
  id,
  label,
  creator,
  articles,
  annotationId,
}: {
  /** The collection's own URL. */
  id: string;
  label: string;
  creator: Annotation['creator'];
  articles: ArticleNotes[];
  /** The IRI of a claim's annotation. */
  annotationId: (claimId: string) => string;
}): AnnotationCollection {
  const items = articles.flatMap(({ pageUrl, originalUrl, text, quotes, notes }) =>
    notes.map((note) =>
      noteAnnotation(
        note,
        quotes.filter((q) => q.claimId === note.claimId),
        { id: annotationId(note.claimId), pageUrl, originalUrl, text, creator },
      ),
    ),
  );
  return {
    '@context': COLLECTION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function isPageTarget(target: AnnotationTarget): target is PageTarget {
  return Array.isArray(target.selector);
}

/**
 * Problems with the selectors on the original articles, against each
 * original's text as published (keyed by URL); empty when each matches
 * exactly once. The page targets are checked on the built page (anchor-on-page.ts).
 */
export function checkSelectors(collection: AnnotationCollection, texts: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const annotation of collection.first.items) {
    for (const target of annotation.target) {
      if (isPageTarget(target)) continue;
      const text = texts.get(target.source);
      if (text === undefined) {
        problems.push(`${annotation.id}: no article text for ${target.source}`);
        continue;
      }
      const matches = selectorMatches(text, target.selector);
      if (matches.length !== 1)
        problems.push(`${annotation.id}: ${JSON.stringify(target.selector.exact)} matches ${matches.length} times`);
    }
  }
  return problems;
}
