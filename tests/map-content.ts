/** The places and routes as the content files give them, for tests that run without Astro. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { PlaceData, RouteData } from '~/map/model.ts';
import type { WorldTopology } from '~/map/render.ts';

import { ROOT } from '../tools/project.ts';

function readDir<T>(dir: string): (T & { id: string; file: string })[] {
  const base = join(ROOT, 'content', dir);
  return readdirSync(base)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({
      ...(parseYaml(readFileSync(join(base, name), 'utf8')) as T),
      id: name.replace(/\.yaml$/, ''),
      file: `content/${dir}/${name}`,
    }));
}

export function contentPlaces(): (PlaceData & { file: string; sources: string[] })[] {
  return readDir<Omit<PlaceData, 'id'> & { sources: string[] }>('places').map((p) => ({
    ...p,
    claims: p.claims ?? [],
    events: p.events ?? [],
  }));
}

export function contentRoutes(): (RouteData & { file: string })[] {
  return readDir<Omit<RouteData, 'id'>>('routes');
}

export const worldTopology = countries50m as unknown as WorldTopology;
