import type { APIRoute } from 'astro';
import { annotations } from '~/exports/from-edition.ts';
import { articleText } from '~/edition/article-text.ts';
import { sortedArticles } from '~/edition/claims.ts';
import { loadEdition } from '~/edition/load.ts';
import { checkSelectors } from '~/exports/web-annotations.ts';
import { AstroError } from 'astro/errors';

/**
 * Every claim note as a W3C Web Annotation, in one AnnotationCollection
 * (JSON-LD). The selectors on the original article are checked here; those on
 * the edition's page are completed and checked on the built page
 * (~/exports/anchor-on-page.ts, run by the integration in astro.config.mjs).
 */
export const GET: APIRoute = async ({ site }) => {
  const edition = await loadEdition();
  const collection = annotations(edition, site);
  const texts = new Map(sortedArticles(edition).map((a) => [a.entry.data.originalUrl, articleText(a).text]));
  const problems = checkSelectors(collection, texts);
  if (problems.length > 0)
    throw new AstroError(
      `annotations.json: selectors that do not match once:\n  ${problems.join('\n  ')}`,
      'Each problem names the claim (content/claims/<id>.yaml) whose words are not found once in the article’s text as published; run `npm run check`.',
    );
  return new Response(`${JSON.stringify(collection, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
};
