/**
 * The part of a map that depends only on the region and the drawing size,
 * not on the article: the projection, the countries simplified for the zoom
 * and projected (land, focus countries, borders) and the country-name
 * candidates. It is most of the cost of a map (projecting and clipping the
 * world's borders), and many articles share a region, so it is computed once
 * per build for each (topology, variant, region) and kept in memory
 * (a small least-recently-used cache, to bound memory over thousands of
 * articles; a Map in insertion order, a dozen lines that do not warrant a
 * dependency). The weights of the world's points for simplification do not
 * depend on the map either and are computed once per topology.
 *
 * Countries and border lines whose longitude/latitude box lies wholly
 * outside the frame (with a one-degree margin) are skipped before they are
 * projected: clipped to the frame, they would draw nothing, so the SVG is
 * the same, for a fraction of the work.
 */
import { geoBounds, geoMercator, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { LabelRequest } from './label-placement.ts';

type Countries = GeometryCollection<{ name: string }>;
/** The world-atlas TopoJSON: a `countries` object whose geometries carry a name. */
export type WorldTopology = Topology<Objects<{ name: string }>>;

/** What the base layer needs of a map variant. */
export interface BaseVariant {
  width: number;
  fontSize: number;
  /** The country names' size. */
  minFontSize: number;
  tolerance: number;
}

/** A country's name as a label request for the placer, with its letter spacing always given. */
export type CountryLabelCandidate = Omit<LabelRequest, 'positions'> & { letterSpacing: number };

export interface BaseLayer {
  projection: GeoProjection;
  path: GeoPath;
  /** The height of the map itself, without a legend band. */
  mapHeight: number;
  landPath: string;
  focusPath: string;
  borderPath: string;
  /** Country names large enough to label, in name order. */
  countryCandidates: CountryLabelCandidate[];
}

/** A Mercator projection fitted to the region at the given width, and the height that keeps its shape. */
export function fitProjection(bounds: readonly [number, number, number, number], width: number) {
  const [west, south, east, north] = bounds;
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [west, south],
      [east, north],
    ],
  };
  const projection = geoMercator().fitWidth(width, corners);
  const [[, y0], [, y1]] = geoPath(projection).bounds(corners);
  const height = Math.ceil(y1 - y0);
  projection.fitSize([width, height], corners).clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

const presimplified = new WeakMap<WorldTopology, WorldTopology>();

/** Removes detail finer than `tolerance` map units, weighting points by the area they add (Visvalingam). */
export function simplifyForScale(topology: WorldTopology, projection: GeoProjection, tolerance: number): WorldTopology {
  // presimplify weighs each point by the planar area of its triangle in degrees²;
  // one map unit measures 1 / (scale in units per radian) radians.
  let weighed = presimplified.get(topology);
  if (!weighed) {
    weighed = presimplify(topology);
    presimplified.set(topology, weighed);
  }
  const degreesPerUnit = 180 / Math.PI / projection.scale();
  const minWeight = (tolerance * degreesPerUnit) ** 2;
  return simplify(weighed, minWeight);
}

type LonLatBox = [west: number, south: number, east: number, north: number];
/** Degrees added around a shape's box before testing it against the frame. */
const MARGIN = 1;

/** Each country's longitude/latitude box, from the full-detail geometry (simplification only removes points). */
const countryBoxes = new WeakMap<WorldTopology, Map<string, LonLatBox[] | undefined>>();

function boxesOf(topology: WorldTopology): Map<string, LonLatBox[] | undefined> {
  let boxes = countryBoxes.get(topology);
  if (!boxes) {
    const all = feature(topology, topology.objects['countries'] as Countries) as FeatureCollection<
      Geometry,
      { name: string }
    >;
    boxes = new Map();
    all.features.forEach((f, i) => {
      const [[west, south], [east, north]] = geoBounds(f);
      if (![west, south, east, north].every(Number.isFinite)) boxes!.set(String(i), undefined);
      // A country across the antimeridian (west > east, as Russia): its two sides.
      else if (west <= east) boxes!.set(String(i), [[west, south, east, north]]);
      else
        boxes!.set(String(i), [
          [west, south, 180, north],
          [-180, south, east, north],
        ]);
    });
    countryBoxes.set(topology, boxes);
  }
  return boxes;
}

/** Whether a shape with these boxes may draw in the frame; unknown boxes, or a frame across the antimeridian, always may. */
const meets = (boxes: LonLatBox[] | undefined, frame: LonLatBox) =>
  boxes === undefined ||
  frame[0] > frame[2] ||
  boxes.some(
    (box) =>
      box[0] - MARGIN <= frame[2] &&
      box[2] + MARGIN >= frame[0] &&
      box[1] - MARGIN <= frame[3] &&
      box[3] + MARGIN >= frame[1],
  );

function lineBoxes(line: number[][]): LonLatBox[] | undefined {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of line) {
    west = Math.min(west, lon!);
    east = Math.max(east, lon!);
    south = Math.min(south, lat!);
    north = Math.max(north, lat!);
  }
  // A line longer than 90° of longitude may run the other way round: never skipped.
  return east - west > 90 ? undefined : [[west, south, east, north]];
}

function computeBaseLayer(
  topology: WorldTopology,
  focusCountries: string[],
  variant: BaseVariant,
  bounds: readonly [number, number, number, number],
): BaseLayer {
  const fs = variant.fontSize;
  const { projection, height: mapHeight } = fitProjection(bounds, variant.width);
  const path = geoPath(projection).digits(1);
  // The frame's corners back in longitude and latitude: what the map can show.
  const [west, north] = projection.invert!([0, 0])!;
  const [east, south] = projection.invert!([variant.width, mapHeight])!;
  const frame: LonLatBox = [west, south, east, north];
  const boxes = boxesOf(topology);

  // Countries: simplified for this zoom, and only those that reach into the frame.
  const simplified = simplifyForScale(topology, projection, variant.tolerance);
  const countries = simplified.objects['countries'] as Countries;
  const near: Countries = {
    ...countries,
    geometries: countries.geometries.filter((_, i) => meets(boxes.get(String(i)), frame)),
  };
  const all = feature(simplified, near) as FeatureCollection<Geometry, { name: string }>;
  const visible: { f: Feature<Geometry, { name: string }>; area: number }[] = [];
  for (const f of all.features) {
    const area = path.area(f);
    if (area > 0) visible.push({ f, area });
  }
  const focus = visible.filter(({ f }) => focusCountries.includes(f.properties.name)).map(({ f }) => f);
  const borders = mesh(simplified, countries, (a, b) => a !== b);
  const nearBorders: MultiLineString = {
    ...borders,
    coordinates: borders.coordinates.filter((line) => meets(lineBoxes(line), frame)),
  };
  const countryFs = variant.minFontSize;
  const countryCandidates = visible
    .filter(({ area }) => area > (fs * 6) ** 2)
    .map(({ f }) => {
      const [x, y] = path.centroid(f);
      return {
        id: f.properties.name,
        text: f.properties.name.toUpperCase(),
        x,
        y,
        fontSize: countryFs,
        gap: fs,
        letterSpacing: 0.12,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  return {
    projection,
    path,
    mapHeight,
    landPath: path({ type: 'FeatureCollection', features: visible.map(({ f }) => f) }) ?? '',
    focusPath: path({ type: 'FeatureCollection', features: focus }) ?? '',
    borderPath: path(nearBorders) ?? '',
    countryCandidates,
  };
}

/** How many base layers are kept in memory; a build with more regions than this recomputes the oldest. */
const KEPT = 32;
const layers = new WeakMap<WorldTopology, Map<string, BaseLayer>>();

/** The base layer for a region, computed once per build for each (topology, variant, region, focus). */
export function baseLayer(
  topology: WorldTopology,
  focusCountries: string[],
  variant: BaseVariant,
  bounds: readonly [number, number, number, number],
): BaseLayer {
  let cache = layers.get(topology);
  if (!cache) {
    cache = new Map();
    layers.set(topology, cache);
  }
  const key = JSON.stringify([
    variant.width,
    variant.fontSize,
    variant.minFontSize,
    variant.tolerance,
    bounds,
    focusCountries,
  ]);
  let layer = cache.get(key);
  if (layer) {
    // Most recently used last.
    cache.delete(key);
  } else {
    layer = computeBaseLayer(topology, focusCountries, variant, bounds);
    if (cache.size >= KEPT) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, layer);
  return layer;
}
