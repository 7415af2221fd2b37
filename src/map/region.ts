/**
 * The region the edition's maps cover: Syria and Iraq, where every place the
 * article names lies. The maps are fitted to their places, so a place far
 * outside (a typo in a coordinate, a swapped sign) would shrink the others to
 * a corner and leave no room for the labels; the content check refuses it
 * with the file and the field instead.
 */
export const MAP_REGION = { west: 35, south: 29, east: 49, north: 38 } as const;

/** Which coordinate of a place lies outside the region, or undefined when it is inside. */
export function outsideRegion(latitude: number, longitude: number): 'latitude' | 'longitude' | undefined {
  if (latitude < MAP_REGION.south || latitude > MAP_REGION.north) return 'latitude';
  if (longitude < MAP_REGION.west || longitude > MAP_REGION.east) return 'longitude';
  return undefined;
}
