/**
 * How site search ranks pages. Pagefind adds a boost for query words found in
 * a page's metadata; by default only the title (the first h1) counts. Every
 * claim page's title is its one-sentence claim, and many of those name
 * Palmyra, while the article's title is the outlet's headline, which does not:
 * so a search for the article's subject listed 21 claim pages before the
 * article. The article page therefore gives Pagefind its editors' summary (the
 * page description) as a `summary` field, weighted above titles, so that the
 * article leads for what it is about and claim pages still follow by their
 * claims' words.
 */

/** The Pagefind metadata field that carries a page's summary for ranking. */
export const SEARCH_SUMMARY_FIELD = 'summary';

/** The Pagefind metadata field that carries a claim page's status, shown with each result (SiteSearch). */
export const SEARCH_STATUS_FIELD = 'status';

/** Pagefind's `ranking` option (Pagefind 1.x): the title keeps its default weight, 5. */
export const SEARCH_RANKING = { metaWeights: { title: 5, [SEARCH_SUMMARY_FIELD]: 7 } } as const;
