/** The places and routes as the content files give them, for tests that run without Astro. */
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { PlaceData, RouteData } from '~/map/model.ts';
import type { WorldTopology } from '~/map/render.ts';
import { readEntries } from '../tools/content-files.ts';

export function contentPlaces(): (PlaceData & { file: string; sources: string[] })[] {
  return readEntries<Omit<PlaceData, 'id'> & { sources: string[] }>('places').map((p) => ({
    ...p,
    claims: p.claims ?? [],
    events: p.events ?? [],
  }));
}

export function contentRoutes(): (RouteData & { file: string })[] {
  return readEntries<Omit<RouteData, 'id'>>('routes');
}

export const worldTopology = countries50m as unknown as WorldTopology;
