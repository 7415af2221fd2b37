/**
 * What the map of an article shows, in plain data: which places, which
 * alleged movements, their links, and the map's title and description. The
 * list beside the map is built from the same model, so the two cannot differ.
 */
import { listText } from '~/model/list-text.ts';
import type { MapPlace, MapRoute } from './render.ts';

export interface PlaceData {
  id: string;
  name: string;
  label?: string | undefined;
  kind: 'city' | 'airbase';
  latitude: number;
  longitude: number;
  claims: string[];
  events: string[];
}

export interface RouteData {
  id: string;
  from: string;
  to: string;
  allegedBy: string;
  alleged: string;
  claims: string[];
}

export interface MapModel {
  title: string;
  description: string;
  places: (MapPlace & { data: PlaceData })[];
  routes: (MapRoute & { data: RouteData })[];
}

type BackLinks = { byClaim: Map<string, string[]>; byEvent: Map<string, string[]> };
const backLinks = new WeakMap<PlaceData[], BackLinks>();

/**
 * Every claim and event id mapped to the places that name it: the back-links,
 * derived from the places alone (once per list of places: every article page asks).
 */
export function placeBackLinks(places: PlaceData[]): BackLinks {
  const known = backLinks.get(places);
  if (known) return known;
  const byClaim = new Map<string, string[]>();
  const byEvent = new Map<string, string[]>();
  for (const place of sortWestToEast(places)) {
    for (const id of place.claims) byClaim.set(id, [...(byClaim.get(id) ?? []), place.id]);
    for (const id of place.events) byEvent.set(id, [...(byEvent.get(id) ?? []), place.id]);
  }
  const links = { byClaim, byEvent };
  backLinks.set(places, links);
  return links;
}

export function sortWestToEast<T extends { longitude: number; id: string }>(places: T[]): T[] {
  return [...places].sort((a, b) => a.longitude - b.longitude || a.id.localeCompare(b.id));
}

/**
 * The places an article's map shows: those that concern a claim the article
 * makes or an event on its timeline (the timeline is the same on every page),
 * and the alleged movements between them.
 */
export function buildMapModel(options: {
  articleClaims: string[];
  places: PlaceData[];
  routes: RouteData[];
  /** The article page's address, with the base path: the alleged movements link to its notes. */
  articlePath: string;
  /** The address of the list of places, with the base path: each place links to its entry there. */
  placesPath: string;
  /**
   * The timeline events the article's claims refer to: a place where one of them happened is on the map. Left
   * out, every place with an event is (an edition of one article).
   */
  articleEvents?: string[];
  /** The countries the places lie in, for the description: "Syria, Iraq and their neighbours". */
  countries?: string[];
}): MapModel {
  const claims = new Set(options.articleClaims);
  const events = options.articleEvents === undefined ? undefined : new Set(options.articleEvents);
  const places = sortWestToEast(
    options.places.filter(
      (p) =>
        p.claims.some((c) => claims.has(c)) ||
        (events === undefined ? p.events.length > 0 : p.events.some((e) => events.has(e))),
    ),
  );
  const shown = new Set(places.map((p) => p.id));
  const routes = options.routes
    .filter((r) => shown.has(r.from) && shown.has(r.to) && r.claims.some((c) => claims.has(c)))
    .sort((a, b) => a.id.localeCompare(b.id));
  // Whoever alleged the most movements first, as in the map's legend; then
  // along the alleged path, from the east (Mosul) westwards.
  const count = (who: string) => routes.filter((r) => r.allegedBy === who).length;
  const lon = new Map(places.map((p) => [p.id, p.longitude]));
  routes.sort(
    (a, b) =>
      count(b.allegedBy) - count(a.allegedBy) ||
      a.allegedBy.localeCompare(b.allegedBy) ||
      lon.get(b.from)! - lon.get(a.from)! ||
      lon.get(a.to)! - lon.get(b.to)!,
  );
  const name = new Map(places.map((p) => [p.id, p.name]));

  const byWho = new Map<string, RouteData[]>();
  for (const route of routes) byWho.set(route.allegedBy, [...(byWho.get(route.allegedBy) ?? []), route]);
  const movements = [...byWho].map(
    ([who, list]) => `by ${who}, ${listText(list.map((r) => `${name.get(r.from)} to ${name.get(r.to)}`))}`,
  );
  const description = [
    `${options.countries && options.countries.length > 0 ? `${options.countries.join(', ')} and their neighbours` : 'The places and their surroundings'}, with country borders.`,
    `Marked from west to east: ${listText(places.map((p) => p.name))}.`,
    movements.length > 0
      ? `Dashed arrows show movements that were alleged, not established: ${movements.join('; ')}.`
      : '',
    'Borders from Natural Earth.',
  ]
    .filter(Boolean)
    .join(' ');

  const firstClaim = (ids: string[]) => ids.find((c) => claims.has(c)) ?? ids[0]!;
  return {
    title: 'Map of the places the article and its notes name',
    description,
    places: places.map((p) => ({
      id: p.id,
      name: p.name,
      label: p.label ?? p.name,
      kind: p.kind,
      latitude: p.latitude,
      longitude: p.longitude,
      href: `${options.placesPath}#place-${p.id}`,
      weight: p.claims.length + p.events.length,
      data: p,
    })),
    routes: routes.map((r) => ({
      id: r.id,
      from: r.from,
      to: r.to,
      allegedBy: r.allegedBy,
      alleged: r.alleged,
      href: `${options.articlePath}#claim-${firstClaim(r.claims)}`,
      data: r,
    })),
  };
}
