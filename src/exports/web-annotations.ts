/**
 * The claim notes as W3C Web Annotations (Web Annotation Data Model,
 * https://www.w3.org/TR/annotation-model/), in one AnnotationCollection.
 *
 * Each note is one annotation with one target per place the article makes the
 * claim. A target selects the claim's words with a TextQuoteSelector (exact,
 * prefix, suffix) that matches once in the article text, and a
 * TextPositionSelector giving the same span as character offsets.
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

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

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
  source: { id: string; type: 'Text'; label: string; language: string };
}

export interface AnnotationTarget {
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}

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
  '@context': typeof ANNOTATION_CONTEXT;
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

export interface NoteSource {
  url: string;
  title: string;
  publisher: string;
  /** ISO date at the precision the source gives. */
  published: string;
  language: string;
}

export interface Note {
  claimId: string;
  status: ClaimStatus;
  claim: string;
  explanation: string;
  sources: NoteSource[];
  created: string;
  modified: string;
}

export interface ArticleNotes {
  /** The article page's absolute URL, the annotations' target. */
  pageUrl: string;
  /** The article text the selectors are computed in. */
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
  { id, pageUrl, text, creator }: { id: string; pageUrl: string; text: string; creator: Annotation['creator'] },
): Annotation {
  if (quotes.length === 0)
    throw new AstroError(
      `content/claims/${note.claimId}.yaml → id: claim "${note.claimId}" is not wrapped anywhere in the article, so its note has no target`,
      `Wrap its words in <Claim id="${note.claimId}">…</Claim> in the article, or delete the file.`,
    );
  const target = quotes.map((quote): AnnotationTarget => {
    if (text.slice(quote.start, quote.end) !== quote.exact) {
      throw new AstroError(
        `content/claims/${note.claimId}.yaml → id: claim "${note.claimId}" (occurrence ${quote.occurrence}): the words ${JSON.stringify(quote.exact)} are not at that place in the article text; the MDX and the scrape differ`,
        'Restore the article’s words; `npm run check` names the paragraph that differs.',
      );
    }
    return {
      source: pageUrl,
      selector: [
        quoteSelector(text, quote.start, quote.end),
        { type: 'TextPositionSelector', start: quote.start, end: quote.end },
      ],
    };
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
      ...note.sources.map((source): LinkBody => ({
        type: 'SpecificResource',
        purpose: 'linking',
        source: {
          id: source.url,
          type: 'Text',
          label: `${source.title}, ${source.publisher}, ${source.published}`,
          language: source.language,
        },
      })),
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
  const items = articles.flatMap(({ pageUrl, text, quotes, notes }) =>
    notes.map((note) =>
      noteAnnotation(
        note,
        quotes.filter((q) => q.claimId === note.claimId),
        { id: annotationId(note.claimId), pageUrl, text, creator },
      ),
    ),
  );
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** Problems with the collection's selectors against the article texts; empty when each matches exactly once. */
export function checkSelectors(collection: AnnotationCollection, texts: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const annotation of collection.first.items) {
    for (const target of annotation.target) {
      const text = texts.get(target.source);
      if (text === undefined) {
        problems.push(`${annotation.id}: no article text for ${target.source}`);
        continue;
      }
      const [quote, position] = target.selector;
      const matches = selectorMatches(text, quote);
      if (matches.length !== 1)
        problems.push(`${annotation.id}: ${JSON.stringify(quote.exact)} matches ${matches.length} times`);
      else if (matches[0] !== position.start || position.end - position.start !== quote.exact.length) {
        problems.push(`${annotation.id}: the quote and the position selectors disagree`);
      }
    }
  }
  return problems;
}
