/**
 * The region the edition's maps cover: Syria and Iraq, where every place the
 * article names lies. The maps are fitted to their places, so a place far
 * outside (a typo in a coordinate, a swapped sign) would shrink the others to
 * a corner and leave no room for the labels; the content check refuses it
 * with the file and the field instead.
 */
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import atlas from 'world-atlas/countries-50m.json' with { type: 'json' };

export const MAP_REGION = { west: 35, south: 29, east: 49, north: 38 } as const;

/** Which coordinate of a place lies outside the region, or undefined when it is inside. */
export function outsideRegion(latitude: number, longitude: number): 'latitude' | 'longitude' | undefined {
  if (latitude < MAP_REGION.south || latitude > MAP_REGION.north) return 'latitude';
  if (longitude < MAP_REGION.west || longitude > MAP_REGION.east) return 'longitude';
  return undefined;
}

/**
 * The country a point lies in, by the world atlas the maps draw (Natural
 * Earth 1:50m), or undefined at sea. A place in Turkey or the sea, though
 * inside the rectangle above, is most often one whose latitude and longitude
 * were swapped: the content check names the place's own file for it.
 */
let countries: { features: { properties: { name: string } }[] } | undefined;
export function countryAt(latitude: number, longitude: number): string | undefined {
  countries ??= feature(
    atlas as unknown as Parameters<typeof feature>[0],
    (atlas as unknown as { objects: { countries: Parameters<typeof feature>[1] } }).objects.countries,
  ) as unknown as { features: { properties: { name: string } }[] };
  const found = countries.features.find((country) =>
    geoContains(country as unknown as Parameters<typeof geoContains>[0], [longitude, latitude]),
  );
  return found?.properties.name;
}

/** The countries every place the article names lies in. */
export const MAP_COUNTRIES = ['Syria', 'Iraq'] as const;
