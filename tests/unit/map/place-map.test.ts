/**
 * The map, drawn from the content files as the build draws it: a valid SVG
 * with its title and description, every place and alleged movement on it,
 * linked to real entries, labels that do not collide, under 15 KB gzipped.
 * tests/site/place-map.test.ts checks the files the build wrote.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildMapModel, placeBackLinks, sortWestToEast } from '~/map/model.ts';
import { listText as listInWords } from '~/model/list-text.ts';
import { MAP_VARIANTS, regionBounds, renderPlaceMap, wrapText } from '~/map/render.ts';
import { boxesOverlap, insideBox } from '~/map/label-placement.ts';
import { ROOT } from '../../support/helpers.ts';
import {
  MAX_GZIP_BYTES,
  contentMap,
  contentPlaces,
  contentRoutes,
  parseSvg,
  worldTopology,
} from '../../support/map-content.ts';

const places = contentPlaces();
const routes = contentRoutes();
const { article, model, draw } = contentMap();

it('the XML check catches a malformed or doubled SVG', () => {
  expect(() => parseSvg('<svg xmlns="http://www.w3.org/2000/svg"><a></svg>')).toThrow(/closing tag/);
  expect(() => parseSvg('<svg></svg><svg></svg>')).toThrow();
  expect(() => parseSvg('<svg><text>R&D</text></svg>')).toThrow();
});

describe('the places model', () => {
  it('lists every place from west to east, linking each to its entry', () => {
    expect(model.places.map((p) => p.id)).toEqual(sortWestToEast(places).map((p) => p.id));
    for (const place of model.places) expect(place.href).toBe(`/articles/${article.id}/places/#place-${place.id}`);
  });

  it('keeps only the alleged movements whose claims the article makes, most-cited claimant first', () => {
    expect(model.routes.length).toBe(routes.length);
    expect(model.routes[0]!.allegedBy).toBe('the Russian Defence Ministry');
    expect(
      buildMapModel({ articleClaims: [], places, routes, articlePath: '/a/', placesPath: '/a/places/' }).routes,
    ).toEqual([]);
  });

  it('describes the map in words: every place and every movement, with who alleged it', () => {
    for (const place of places) expect(model.description).toContain(place.name);
    expect(model.description).toMatch(/alleged, not established: by the Russian Defence Ministry, .*Mosul to Raqqa/);
    expect(model.description).toContain('by Peter Ford, Raqqa to Palmyra');
  });

  it('derives the back-links from the places alone', () => {
    const { byClaim, byEvent } = placeBackLinks(places);
    expect(byClaim.get('flow-from-raqqa')).toEqual(['palmyra', 'raqqa', 'deir-ez-zor']);
    expect(byEvent.get('t4-attack-repelled')).toEqual(['tiyas-airbase']);
    expect(byEvent.get('no-such-event')).toBeUndefined();
  });

  it('writes lists the way the notes do', () => {
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(wrapText('Alleged by the Russian Defence Ministry', 120, 12).length).toBeGreaterThan(1);
  });
});

describe.each(Object.keys(MAP_VARIANTS) as (keyof typeof MAP_VARIANTS)[])('the %s map', (variant) => {
  const map = draw(variant);
  const svg = parseSvg(map.svg);

  it('is well-formed SVG with its title and description first, and the size it declares', () => {
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${map.width} ${map.height}`);
    expect(Number.isInteger(map.height)).toBe(true);
    expect(svg.children[0]!.tagName.toLowerCase()).toBe('title');
    expect(svg.children[0]!.textContent).toBe(model.title);
    expect(svg.children[1]!.tagName.toLowerCase()).toBe('desc');
    expect(svg.children[1]!.textContent).toBe(model.description);
    expect(svg.getAttribute('aria-labelledby')).toBe('map-title map-desc');
  });

  it('is light: at most 15 KB gzipped, with no script, no external reference and no raster', () => {
    expect(gzipSync(map.svg).length).toBeLessThanOrEqual(MAX_GZIP_BYTES);
    expect(map.svg).not.toMatch(/<script|<image|<foreignObject|@import|url\((?!#)|href="(?:https?:)?\/\//i);
  });

  it('marks every place, each linking to its entry, in the order of the list', () => {
    const links = [...svg.querySelectorAll('a.place')];
    expect(links.map((a) => a.getAttribute('data-place'))).toEqual(model.places.map((p) => p.id));
    for (const a of links) {
      const id = a.getAttribute('data-place')!;
      expect(existsSync(join(ROOT, 'content/places', `${id}.yaml`))).toBe(true);
      expect(a.getAttribute('href')).toBe(`/articles/${article.id}/places/#place-${id}`);
      expect(a.querySelector('circle, rect')).not.toBeNull();
      expect(a.querySelector('text')!.textContent).toBe(model.places.find((p) => p.id === id)!.label);
    }
  });

  it('draws each alleged movement dashed, titled as a claim and linked to its note', () => {
    const drawn = [...svg.querySelectorAll('a.route')];
    expect(drawn.map((a) => a.getAttribute('data-route'))).toEqual(model.routes.map((r) => r.id));
    for (const a of drawn) {
      const route = model.routes.find((r) => r.id === a.getAttribute('data-route'))!;
      expect(a.querySelector('title')!.textContent).toMatch(
        new RegExp(`^Alleged by ${route.allegedBy}, a claim and not an established fact: `),
      );
      expect(a.getAttribute('href')).toMatch(
        new RegExp(`^/articles/${article.id}/#claim-(${route.data.claims.join('|')})$`),
      );
      expect(readdirSync(join(ROOT, 'content/claims'))).toContain(
        `${a.getAttribute('href')!.split('#claim-')[1]}.yaml`,
      );
    }
    expect(map.svg).toMatch(/stroke-dasharray:7 4/);
    // Each line of the legend is a text of its own: joined with spaces, as they read.
    const legend = [...svg.querySelectorAll('.legend text')].map((t) => t.textContent).join(' ');
    expect(legend).toContain('claims, not facts');
    for (const who of new Set(model.routes.map((r) => r.allegedBy)))
      expect(legend.replace(/\s+/g, ' ')).toContain(`Alleged by ${who}`);
  });

  it('places every label inside the map without collisions', () => {
    const frame = { x0: 0, y0: 0, x1: map.width, y1: map.height };
    const labels = [...map.placeLabels, ...map.countryLabels];
    expect(map.placeLabels.map((l) => l.id).sort()).toEqual(model.places.map((p) => p.id).sort());
    for (const [i, a] of labels.entries()) {
      expect(a.collides, a.id).toBe(false);
      expect(insideBox(a.box, frame), a.id).toBe(true);
      expect(boxesOverlap(a.box, map.legend), `${a.id} / legend`).toBe(false);
      for (const b of labels.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
    }
  });

  it('draws borders clipped to the region, with the focus countries shaded', () => {
    const numbers = (d: string) => (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    const land = svg.querySelector('path.land')!.getAttribute('d')!;
    expect(land.length).toBeGreaterThan(200);
    for (const value of numbers(land)) expect(value).toBeGreaterThanOrEqual(-0.5);
    const xs = numbers(land).filter((_, i) => i % 2 === 0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(map.width + 0.5);
    expect(svg.querySelector('path.focus')!.getAttribute('d')!.length).toBeGreaterThan(100);
    expect(svg.querySelector('path.border')!.getAttribute('d')!.length).toBeGreaterThan(100);
    expect(map.countryLabels.map((l) => l.id)).toEqual(expect.arrayContaining(['Syria', 'Iraq']));
  });

  it('draws each movement’s arrowhead as a shape of its own, no two heads’ boxes meeting (Palmyra ends three)', () => {
    const heads = [...svg.querySelectorAll('a.route path.arrow')].map((path) => {
      const numbers = (path.getAttribute('d')!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
    });
    expect(heads).toHaveLength(model.routes.length);
    expect(map.svg).not.toContain('marker-end');
    for (const [i, a] of heads.entries()) {
      for (const [j, b] of heads.slice(i + 1).entries()) {
        expect(boxesOverlap(a, b), `heads ${model.routes[i]!.id} / ${model.routes[i + 1 + j]!.id}`).toBe(false);
      }
    }
  });

  it('sets no text smaller than the variant’s smallest size', () => {
    const style = svg.querySelector('style')!.textContent;
    const sizes = [...style.matchAll(/font-size:(\d+(?:\.\d+)?)px/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(2);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MAP_VARIANTS[variant].minFontSize);
  });

  it('carries its own dark-mode colours', () => {
    expect(svg.querySelector('style')!.textContent).toMatch(/@media \(prefers-color-scheme:dark\)\{.*\.land\{fill:#/);
  });
});

describe('simplification', () => {
  it('drops more detail at a coarser tolerance, keeping every place', () => {
    const at = (tolerance: number) =>
      renderPlaceMap({
        ...model,
        topology: worldTopology,
        focusCountries: ['Syria'],
        variant: { ...MAP_VARIANTS.wide, tolerance },
        credit: '',
      });
    const fine = at(0.1);
    const coarse = at(4);
    const land = (svg: string) => /class="land" d="([^"]*)"/.exec(svg)![1]!.length;
    expect(land(coarse.svg)).toBeLessThan(land(fine.svg) * 0.6);
    expect(coarse.placeLabels.length).toBe(fine.placeLabels.length);
  });
});

describe('the region', () => {
  it('is the places’ bounding box widened by the margins', () => {
    expect(
      regionBounds(
        [
          { latitude: 34, longitude: 38 },
          { latitude: 36, longitude: 43 },
        ],
        [1, 2, 3, 4],
      ),
    ).toEqual([37, 32, 46, 40]);
    expect(() => regionBounds([], [0, 0, 0, 0])).toThrow(/at least one place/);
  });
});
