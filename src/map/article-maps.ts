/**
 * The map of each article, drawn once per build and shared by the SVG
 * endpoint (`/maps/<article>.svg`) and the pages that show it, which need its
 * size, its title and description, and the same places for the list of places.
 */
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { articlePath, placesPath, withBase } from '~/site/paths.ts';
import { buildMapModel, type MapModel, type PlaceData, type RouteData } from './model.ts';
import { MAP_VARIANTS, renderPlaceMap, type RenderedMap, type WorldTopology } from './render.ts';
import type { Edition, RenderedArticle } from '~/edition/load.ts';
import { AstroError } from 'astro/errors';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type MapVariantId = keyof typeof MAP_VARIANTS;
export const MAP_VARIANT_IDS = Object.keys(MAP_VARIANTS) as MapVariantId[];

/** The SVG file's name without extension: the article id, with the variant for the narrow one. */
export function mapFileName(articleId: string, variant: MapVariantId): string {
  return variant === 'wide' ? articleId : `${articleId}-${variant}`;
}

export function mapPath(articleId: string, variant: MapVariantId): string {
  return withBase(`/maps/${mapFileName(articleId, variant)}.svg`);
}

/** Per edition (loaded once per build): the places and routes as plain data, and each article's map model. */
const derived = new WeakMap<
  Edition,
  { places?: PlaceData[]; routes?: RouteData[]; models: Map<RenderedArticle, MapModel> }
>();
function derivedOf(edition: Edition) {
  let entry = derived.get(edition);
  if (!entry) {
    entry = { models: new Map() };
    derived.set(edition, entry);
  }
  return entry;
}

export function placeData(edition: Edition): PlaceData[] {
  const cached = derivedOf(edition);
  cached.places ??= [...edition.places.values()].map((p) => ({
    id: p.id,
    name: p.data.name,
    label: p.data.label,
    kind: p.data.kind,
    latitude: p.data.latitude,
    longitude: p.data.longitude,
    claims: p.data.claims,
    events: p.data.events,
  }));
  return cached.places;
}

export function routeData(edition: Edition): RouteData[] {
  const cached = derivedOf(edition);
  cached.routes ??= [...edition.routes.values()].map((r) => ({
    id: r.id,
    from: r.data.from,
    to: r.data.to,
    allegedBy: r.data.allegedBy,
    alleged: r.data.alleged,
    claims: r.data.claims,
  }));
  return cached.routes;
}

const countryFeatures = feature(
  countries50m as unknown as Topology,
  (countries50m as unknown as Topology).objects['countries'] as GeometryCollection<{ name: string }>,
).features;

/** The countries (Natural Earth names) the places lie in, in the order of the places, each once. */
export function countriesOf(places: { longitude: number; latitude: number }[]): string[] {
  const names = places.flatMap((place) => {
    const country = countryFeatures.find((f) => geoContains(f, [place.longitude, place.latitude]));
    return country ? [country.properties.name] : [];
  });
  return [...new Set(names)];
}

/** What the article's map shows; the map, the list of places and the SVG endpoint share it. */
export function articleMapModel(edition: Edition, article: RenderedArticle): MapModel {
  const { models } = derivedOf(edition);
  const known = models.get(article);
  if (known) return known;
  const articleEvents = article.refs.claimRefs.flatMap((id) => edition.claims.get(id)?.data.events ?? []);
  const places = placeData(edition);
  const shown = places.filter(
    (p) => p.claims.some((c) => article.refs.claimRefs.includes(c)) || p.events.some((e) => articleEvents.includes(e)),
  );
  const model = buildMapModel({
    articleClaims: article.refs.claimRefs,
    articleEvents,
    countries: countriesOf(shown),
    places,
    routes: routeData(edition),
    articlePath: articlePath(article.entry.id),
    placesPath: placesPath(article.entry.id),
  });
  models.set(article, model);
  return model;
}

const drawn = new Map<string, RenderedMap>();

export function articleMap(edition: Edition, article: RenderedArticle, variant: MapVariantId): RenderedMap {
  const key = mapFileName(article.entry.id, variant);
  let map = drawn.get(key);
  if (!map) {
    map = renderPlaceMap({
      ...articleMapModel(edition, article),
      topology: countries50m as unknown as WorldTopology,
      // The countries its places lie in are shaded: each map's region comes from its own places.
      focusCountries: countriesOf(articleMapModel(edition, article).places),
      variant: MAP_VARIANTS[variant],
      credit: 'Borders: Natural Earth',
    });
    const stuck = map.placeLabels.filter((l) => l.collides).map((l) => l.id);
    if (stuck.length > 0) {
      throw new AstroError(
        `The ${variant} map of ${article.entry.id} has no room for the labels of: ${stuck
          .map((id) => `content/places/${id}.yaml → latitude, longitude`)
          .join('; ')}`,
        'Check those places’ coordinates against their sources; places close together may need a shorter label (label: in the place’s file).',
      );
    }
    drawn.set(key, map);
  }
  return map;
}
