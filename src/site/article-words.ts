/**
 * How site-wide pages speak of the edition's articles: "the article" while
 * there is one, "the articles" once there are two, so that no page calls one
 * of two "the article" (tests/build/second-article.test.ts).
 */
export interface ArticleWords {
  /** "the article" | "the articles" */
  the: string;
  /** "The article" | "The articles" */
  The: string;
  /** "the annotated article" | "the annotated articles" */
  annotated: string;
}

export function articleWords(count: number): ArticleWords {
  const noun = count === 1 ? 'article' : 'articles';
  return { the: `the ${noun}`, The: `The ${noun}`, annotated: `the annotated ${noun}` };
}
