/**
 * The base layer of a map (src/map/base-layer.ts) skips the countries and
 * border lines far from the frame and is computed once per region: its
 * drawing must be the one that projects and clips the whole world. The
 * reference below is that plain computation, written out with the same
 * libraries, for regions across the world, the antimeridian included.
 */
import { geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { baseLayer, fitProjection, simplifyForScale } from '~/map/base-layer.ts';
import { MAP_VARIANTS, regionBounds } from '~/map/render.ts';
import { worldTopology } from '../../support/map-content.ts';

type Countries = GeometryCollection<{ name: string }>;

/** The whole world projected and clipped, as the map was drawn before the base layer. */
function reference(
  bounds: readonly [number, number, number, number],
  variant: (typeof MAP_VARIANTS)['wide' | 'narrow'],
) {
  const { projection } = fitProjection(bounds, variant.width);
  const path = geoPath(projection).digits(1);
  const topology = simplifyForScale(worldTopology, projection, variant.tolerance);
  const countries = topology.objects['countries'] as Countries;
  const all = feature(topology, countries) as FeatureCollection<Geometry, { name: string }>;
  const visible = all.features.filter((f) => path.area(f) > 0);
  const focus = visible.filter((f) => ['Syria', 'Iraq'].includes(f.properties.name));
  const borders = mesh(topology, countries, (a, b) => a !== b);
  return {
    landPath: path({ type: 'FeatureCollection', features: visible }) ?? '',
    focusPath: path({ type: 'FeatureCollection', features: focus }) ?? '',
    borderPath: path(borders) ?? '',
    countries: visible.filter((f) => path.area(f) > (variant.fontSize * 6) ** 2).map((f) => f.properties.name),
  };
}

const regions: [string, [number, number][]][] = [
  [
    'Syria and Iraq',
    [
      [38.27, 34.55],
      [43.13, 36.34],
    ],
  ],
  [
    'Texas and Mexico',
    [
      [-98.5, 29.4],
      [-106.4, 31.8],
    ],
  ],
  [
    'the Bering Strait, across the antimeridian',
    [
      [177.5, 64.7],
      [-168.1, 65.6],
    ],
  ],
  [
    'the tip of Chukotka, east of the antimeridian',
    [
      [-172.5, 64.5],
      [-170.3, 66.1],
    ],
  ],
  ['Fiji', [[178.4, -18.1]]],
  ['the Kamchatka coast (Russia, whose box crosses the antimeridian)', [[158.6, 53.0]]],
  ['the open Pacific', [[-140, -20]]],
];

describe.each(regions)('the base layer of %s', (_, points) => {
  it.each(['wide', 'narrow'] as const)(
    'draws the %s map as the whole world would, clipped',
    (id) => {
      const variant = MAP_VARIANTS[id];
      const bounds = regionBounds(
        points.map(([longitude, latitude]) => ({ longitude, latitude })),
        variant.margin,
      );
      const layer = baseLayer(worldTopology, ['Syria', 'Iraq'], variant, bounds);
      const expected = reference(bounds, variant);
      expect(layer.landPath).toBe(expected.landPath);
      expect(layer.focusPath).toBe(expected.focusPath);
      expect(layer.borderPath).toBe(expected.borderPath);
      expect(layer.countryCandidates.map((c) => c.id)).toEqual(
        [...expected.countries].sort((a, b) => a.localeCompare(b)),
      );
      // The first test pays for the world's simplification weights; a busy machine takes seconds.
    },
    120_000,
  );
});

it('is computed once per region and variant, and again for another', () => {
  const bounds = regionBounds([{ longitude: 38.27, latitude: 34.55 }], MAP_VARIANTS.wide.margin);
  const first = baseLayer(worldTopology, ['Syria'], MAP_VARIANTS.wide, bounds);
  expect(baseLayer(worldTopology, ['Syria'], MAP_VARIANTS.wide, [...bounds])).toBe(first);
  expect(baseLayer(worldTopology, ['Syria'], MAP_VARIANTS.narrow, bounds)).not.toBe(first);
  expect(baseLayer(worldTopology, ['Iraq'], MAP_VARIANTS.wide, bounds)).not.toBe(first);
});
