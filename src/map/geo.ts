/**
 * Small geographic helpers for the places and the map: great-circle
 * distances (d3-geo) and the way coordinates and distances are written.
 */
import { geoDistance } from 'd3-geo';

/** The mean radius of the Earth (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_MILE = 1.609344;

export interface LatLon {
  latitude: number;
  longitude: number;
}

/** Great-circle distance between two points on a spherical Earth, in kilometres. */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  return geoDistance([a.longitude, a.latitude], [b.longitude, b.latitude]) * EARTH_RADIUS_KM;
}

/**
 * "about 59 km (37 miles)": rounded to the nearest kilometre below 100 km and to
 * the nearest 5 km above, because the coordinates mark a town, not a street.
 */
export function formatDistance(km: number): string {
  const round = (value: number) => (value < 100 ? Math.round(value) : Math.round(value / 5) * 5);
  return `about ${round(km)} km (${round(km / KM_PER_MILE)} miles)`;
}

/** "34.55139° N, 38.26806° E": the numbers as the content gives them. */
export function formatCoordinates({ latitude, longitude }: LatLon): string {
  const part = (value: number, positive: string, negative: string) =>
    `${Math.abs(value)}° ${value >= 0 ? positive : negative}`;
  return `${part(latitude, 'N', 'S')}, ${part(longitude, 'E', 'W')}`;
}

/** The initial compass direction from a to b, in eight points ("west", "north-east"). */
export function compassDirection(from: LatLon, to: LatLon): string {
  const φ1 = (from.latitude * Math.PI) / 180;
  const φ2 = (to.latitude * Math.PI) / 180;
  const Δλ = ((to.longitude - from.longitude) * Math.PI) / 180;
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  const bearing = ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
  const points = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];
  return points[Math.round(bearing / 45) % 8]!;
}
