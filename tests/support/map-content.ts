/** The places, routes and map as the content files give them, for tests that run without Astro. */
import { SyntaxValidator } from 'fast-xml-validator';
import { parseHTML } from 'linkedom';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { countriesOf } from '~/map/article-maps.ts';
import { buildMapModel, type PlaceData, type RouteData } from '~/map/model.ts';
import { MAP_VARIANTS, renderPlaceMap, type WorldTopology } from '~/map/render.ts';
import { articleFiles, readEntries } from '../../tools/content-files.ts';

export function contentPlaces(): (PlaceData & { file: string; sources: string[] })[] {
  return readEntries('places');
}

export function contentRoutes(): (RouteData & { file: string })[] {
  return readEntries('routes');
}

export const worldTopology = countries50m as unknown as WorldTopology;

/** The most a map may weigh, gzipped. */
export const MAX_GZIP_BYTES = 15 * 1024;

/** The first article's map model, as the build makes it, and a drawing of it at each variant. */
export function contentMap() {
  const places = contentPlaces();
  const routes = contentRoutes();
  const article = articleFiles()[0]!;
  const articleClaims = [...new Set([...article.body.matchAll(/<Claim\s+id="([^"]+)"/g)].map((m) => m[1]!))];
  // As src/map/article-maps.ts does: the events of the article's claims, and the countries of the places shown.
  const claims = new Map(readEntries('claims').map((claim) => [claim.id, claim]));
  const articleEvents = articleClaims.flatMap((id) => claims.get(id)?.events ?? []);
  const shown = places.filter(
    (p) => p.claims.some((c) => articleClaims.includes(c)) || p.events.some((e) => articleEvents.includes(e)),
  );
  const model = buildMapModel({
    articleClaims,
    articleEvents,
    countries: countriesOf(shown),
    places,
    routes,
    articlePath: `/articles/${article.id}/`,
    placesPath: `/articles/${article.id}/places/`,
  });
  const draw = (variant: keyof typeof MAP_VARIANTS) =>
    renderPlaceMap({
      ...model,
      topology: worldTopology,
      focusCountries: countriesOf(model.places),
      variant: MAP_VARIANTS[variant],
      credit: 'Borders: Natural Earth',
    });
  return { article, model, draw };
}

/** The SVG as a DOM, after checking it is well-formed XML with a single root (the validator throws if not). */
export function parseSvg(svg: string) {
  SyntaxValidator.validate(svg, { multipleRoots: false });
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document.querySelector('svg')!;
}
