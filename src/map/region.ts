/**
 * Where a map's places may lie: anywhere on earth. Each article's map is
 * fitted to its own places (src/map/render.ts), and the countries it shades
 * are those its places lie in (src/map/article-maps.ts), so a second article
 * about another part of the world needs no change here.
 *
 * What a fixed region used to catch is caught here instead: a coordinate
 * typed with its sign flipped or with latitude and longitude swapped puts a
 * place on another continent, shrinking the others on its map to a corner.
 * A place is flagged only when that is plain: it lies far from every other
 * place, and the slip undone brings it close to one.
 */
import { geoDistance } from 'd3-geo';

/** Farther than this from every other place, a place is a candidate for a slip. */
export const FAR_KM = 1500;
/** The slip undone must bring it this close to another place. */
export const NEAR_KM = 500;
const EARTH_KM = 6371;

interface Point {
  latitude: number;
  longitude: number;
}

const km = (a: Point, b: Point) => geoDistance([a.longitude, a.latitude], [b.longitude, b.latitude]) * EARTH_KM;
const nearest = (point: Point, others: Point[]) => Math.min(...others.map((other) => km(point, other)));

/** The message and fix when `place` looks like a coordinate slip, given the other places; else undefined. */
export function coordinateSlip(place: Point, others: Point[]): { message: string; fix: string } | undefined {
  if (others.length === 0 || nearest(place, others) < FAR_KM) return undefined;
  const { latitude, longitude } = place;
  const candidates: [string, Point][] = [
    ['latitude and longitude swapped', { latitude: longitude, longitude: latitude }],
    ['the latitude with its sign flipped', { latitude: -latitude, longitude }],
    ['the longitude with its sign flipped', { latitude, longitude: -longitude }],
  ];
  for (const [slip, fixed] of candidates) {
    if (Math.abs(fixed.latitude) > 90) continue;
    if (nearest(fixed, others) <= NEAR_KM) {
      return {
        message: `(${latitude}, ${longitude}) lies ${Math.round(nearest(place, others)).toLocaleString('en')} km from every other place; with ${slip} it would lie among them`,
        fix: `check the coordinates against the source (north and east are positive): latitude: ${fixed.latitude}, longitude: ${fixed.longitude}?`,
      };
    }
  }
  return undefined;
}
