import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEdition } from '~/edition/load.ts';
import { MAP_VARIANT_IDS, articleMap, mapFileName } from '~/map/article-maps.ts';

export const getStaticPaths = (async () => {
  const edition = await loadEdition();
  return edition.articles.flatMap((article) =>
    MAP_VARIANT_IDS.map((variant) => ({
      params: { name: mapFileName(article.entry.id, variant) },
      props: { articleId: article.entry.id, variant },
    })),
  );
}) satisfies GetStaticPaths;

/** The map as a static SVG file, drawn at build time. */
export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = async ({ props }) => {
  const edition = await loadEdition();
  const article = edition.articles.find((a) => a.entry.id === props.articleId)!;
  return new Response(articleMap(edition, article, props.variant).svg, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
