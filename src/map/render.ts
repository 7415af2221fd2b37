/**
 * Draws the map of the places an article names as a self-contained SVG
 * document, at build time: country borders from Natural Earth (the
 * `world-atlas` TopoJSON), simplified for the zoom and clipped to the region,
 * projected with d3-geo; the places marked and labelled without collisions;
 * the movements someone alleged drawn as dashed lines and labelled as claims.
 * The countries come from ./base-layer.ts, shared by every map of a region.
 *
 * No tiles, no scripts, no requests: the SVG carries its own styles, dark
 * mode included, and its own title and description.
 */
import type { GeoProjection } from 'd3-geo';
import { placeArrowheads } from './arrowheads.ts';
import { baseLayer, type WorldTopology } from './base-layer.ts';
import {
  boxesOverlap,
  estimateTextWidth,
  placeLabels,
  segmentIntersectsBox,
  type Box,
  type PlacedLabel,
  type Segment,
} from './label-placement.ts';

export interface MapPlace {
  id: string;
  /** The text of the label. */
  label: string;
  /** The full name, for the tooltip. */
  name: string;
  kind: 'city' | 'airbase';
  latitude: number;
  longitude: number;
  href: string;
  /** Importance: the more, the earlier the label chooses its position. */
  weight?: number;
}

export interface MapRoute {
  id: string;
  from: string;
  to: string;
  allegedBy: string;
  alleged: string;
  href: string;
}

export interface MapVariant {
  id: string;
  /** Width of the drawing in its own units (CSS pixels at 1:1). */
  width: number;
  /** The places' labels. */
  fontSize: number;
  /** The smallest text: the legend, the country names, the credit. */
  minFontSize: number;
  /** Drop detail smaller than this, in map units. */
  tolerance: number;
  /** Degrees added around the places: west, south, east, north. */
  margin: [number, number, number, number];
  /** Put the legend in a band under the map rather than in a corner of it (narrow maps). */
  legendBelow?: boolean;
}

export interface MapInput {
  title: string;
  description: string;
  places: MapPlace[];
  routes: MapRoute[];
  topology: WorldTopology;
  /** Names of the countries to shade as the subject of the map. */
  focusCountries: string[];
  variant: MapVariant;
  credit: string;
}

export interface RenderedMap {
  svg: string;
  width: number;
  height: number;
  placeLabels: PlacedLabel[];
  countryLabels: PlacedLabel[];
  legend: Box;
}

/**
 * The two drawings of each map: one for the page's column, one for narrow
 * screens, where a scaled-down wide map would shrink its text below
 * legibility. The places page shows the narrow one up to 640 px
 * (PlaceMap.astro), so each drawing's smallest text stays at 12 px or more at
 * the smallest size it is shown: the wide one from 605 px of column (14 units
 * there are 12.5 px), the narrow one from 284 px (13 units, 12.3 px).
 */
export const MAP_VARIANTS = {
  wide: { id: 'wide', width: 680, fontSize: 15, minFontSize: 14, tolerance: 0.25, margin: [1.7, 1.7, 1.2, 0.9] },
  narrow: {
    id: 'narrow',
    width: 300,
    fontSize: 14,
    minFontSize: 13,
    tolerance: 0.35,
    margin: [0.8, 0.9, 0.8, 0.6],
    legendBelow: true,
  },
} as const satisfies Record<string, MapVariant>;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const round = (value: number) => Math.round(value * 10) / 10;

export type { WorldTopology } from './base-layer.ts';

/** The region shown: the places' bounding box with a margin, as [west, south, east, north]. */
export function regionBounds(
  places: { latitude: number; longitude: number }[],
  margin: readonly [number, number, number, number],
) {
  if (places.length === 0) throw new Error('a map needs at least one place');
  const lons = places.map((p) => p.longitude);
  const lats = places.map((p) => p.latitude);
  return [
    Math.min(...lons) - margin[0],
    Math.min(...lats) - margin[1],
    Math.max(...lons) + margin[2],
    Math.max(...lats) + margin[3],
  ] as const;
}

function point(projection: GeoProjection, place: { longitude: number; latitude: number }): [number, number] {
  const xy = projection([place.longitude, place.latitude]);
  if (!xy) throw new Error(`cannot project ${place.longitude}, ${place.latitude}`);
  return xy;
}

const ROUTE_STYLES = ['route-a', 'route-b', 'route-c'];

/** Greedy word wrap to a width, by the same text estimate as the labels. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && estimateTextWidth(`${last} ${word}`, fontSize) <= maxWidth) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

export function renderPlaceMap(input: MapInput): RenderedMap {
  const { variant, places, routes } = input;
  const fs = variant.fontSize;
  const width = variant.width;
  const bounds = regionBounds(places, variant.margin);
  // The projection and the countries, shared by every map of the same region (./base-layer.ts).
  const { projection, mapHeight, landPath, focusPath, borderPath, countryCandidates } = baseLayer(
    input.topology,
    input.focusCountries,
    variant,
    bounds,
  );
  const frame: Box = { x0: 0, y0: 0, x1: width, y1: mapHeight };

  // Markers.
  const byId = new Map(places.map((p) => [p.id, { place: p, xy: point(projection, p) }]));
  const radius = Math.max(3, fs * 0.3);
  const markerBoxes = [...byId.values()].map(({ xy: [x, y] }) => ({
    x0: x - radius - 1,
    y0: y - radius - 1,
    x1: x + radius + 1,
    y1: y + radius + 1,
  }));

  // Routes: straight lines between the places, stopped short of the markers;
  // routes over the same pair of places run side by side.
  const pairCount = new Map<string, number>();
  const pairIndex = new Map<string, number>();
  const pairKey = (r: MapRoute) => [r.from, r.to].sort().join('|');
  for (const route of routes) pairCount.set(pairKey(route), (pairCount.get(pairKey(route)) ?? 0) + 1);
  // The most-drawn claimant gets the first style; ties in the order given.
  const allegers = [...new Set(routes.map((r) => r.allegedBy))].sort(
    (a, b) => routes.filter((r) => r.allegedBy === b).length - routes.filter((r) => r.allegedBy === a).length,
  );
  const lines = routes.map((route) => {
    const from = byId.get(route.from);
    const to = byId.get(route.to);
    if (!from || !to) throw new Error(`route ${route.id} joins a place that is not on the map`);
    const key = pairKey(route);
    const index = pairIndex.get(key) ?? 0;
    pairIndex.set(key, index + 1);
    const offset = (index - ((pairCount.get(key) ?? 1) - 1) / 2) * fs * 0.45;
    const [x0, y0] = from.xy;
    const [x1, y1] = to.xy;
    const length = Math.hypot(x1 - x0, y1 - y0);
    const ux = (x1 - x0) / length;
    const uy = (y1 - y0) / length;
    const start = radius + 3;
    const end = radius + 2;
    return {
      x0: x0 + ux * start - uy * offset,
      y0: y0 + uy * start + ux * offset,
      x1: x1 - ux * end - uy * offset,
      y1: y1 - uy * end + ux * offset,
    };
  });
  // Each line's arrowhead, drawn as a shape of its own: where lines end together, no head covers another.
  const arrows = placeArrowheads(lines, { length: fs * 0.75, halfWidth: fs * 0.33, clearance: 1.5 });
  const segments: Segment[] = arrows.map((arrow) => arrow.reach);
  const arrowBoxes = arrows.map((arrow) => arrow.box);
  const routeElements = routes.map((route, i) => {
    const { line, points } = arrows[i]!;
    const style = ROUTE_STYLES[allegers.indexOf(route.allegedBy) % ROUTE_STYLES.length]!;
    const title = `Alleged by ${route.allegedBy}, a claim and not an established fact: ${route.alleged}`;
    return (
      `<a href="${escapeXml(route.href)}" class="route ${style}" data-route="${escapeXml(route.id)}">` +
      `<title>${escapeXml(title)}</title>` +
      `<path d="M${round(line.x0)},${round(line.y0)}L${round(line.x1)},${round(line.y1)}"/>` +
      `<path class="arrow" d="M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}z"/>` +
      `</a>`
    );
  });

  // The legend: which line is whose claim. It takes the first free corner.
  const legendFs = variant.minFontSize;
  const lineHeight = legendFs * 1.3;
  const sample = fs * 2;
  const legendWidthMax = variant.legendBelow ? width - 8 : Math.min(width * 0.62, legendFs * 27);
  const heading = 'Alleged movements: claims, not facts';
  const entries = allegers.map((who) => wrapText(`Alleged by ${who}`, legendWidthMax - sample - 14, legendFs));
  // The heading is bold: about a tenth wider than the estimate for regular text.
  const headingLines = wrapText(heading, (legendWidthMax - 12) / 1.1, legendFs);
  const legendLines = headingLines.length + entries.reduce((n, lines) => n + lines.length, 0);
  const legendWidth =
    Math.max(
      ...headingLines.map((l) => estimateTextWidth(l, legendFs) * 1.1 + 12),
      ...entries.flat().map((l) => estimateTextWidth(l, legendFs) + sample + 14),
    ) + 2;
  const legendHeight = legendLines * lineHeight + 10;
  const below = variant.legendBelow ? legendHeight + 8 : 0;
  const height = Math.ceil(mapHeight + below);
  const credit = { text: input.credit, fs: variant.minFontSize };
  const creditWidth = estimateTextWidth(credit.text, credit.fs);
  const creditBox: Box = { x0: width - creditWidth - 6, y0: mapHeight - credit.fs * 1.4 - 2, x1: width, y1: mapHeight };
  const corners: Box[] = variant.legendBelow
    ? [{ x0: 4, y0: mapHeight + 4, x1: 4 + legendWidth, y1: mapHeight + 4 + legendHeight }]
    : [
        { x0: 4, y0: mapHeight - legendHeight - 4, x1: 4 + legendWidth, y1: mapHeight - 4 },
        { x0: 4, y0: 4, x1: 4 + legendWidth, y1: 4 + legendHeight },
        { x0: width - legendWidth - 4, y0: 4, x1: width - 4, y1: 4 + legendHeight },
      ];
  const legend =
    corners.find(
      (box) =>
        ![...markerBoxes, ...arrowBoxes].some((m) => boxesOverlap(m, box)) &&
        !segments.some((s) => segmentIntersectsBox(s, box)) &&
        !boxesOverlap(box, creditBox),
    ) ?? corners[0]!;

  // Labels: places first, every one of them, the most-cited first (`places`
  // comes in that order of importance); then the country names that fit.
  const placeLabelsPlaced = placeLabels(
    [...places]
      .sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0))
      .map((p) => {
        const [x, y] = byId.get(p.id)!.xy;
        return { id: p.id, text: p.label, x, y, fontSize: fs, gap: radius + 3 };
      }),
    { bounds: frame, obstacles: [...markerBoxes, ...arrowBoxes, legend, creditBox], segments },
  );
  const countryFs = variant.minFontSize;
  const countryLabels = placeLabels(countryCandidates, {
    bounds: frame,
    obstacles: [...markerBoxes, ...arrowBoxes, legend, creditBox, ...placeLabelsPlaced.map((l) => l.box)],
    segments,
  }).filter(
    (label, i, list) => !label.collides && !list.slice(0, i).some((other) => boxesOverlap(other.box, label.box)),
  );

  const text = (label: PlacedLabel, className: string) =>
    `<text class="${className}" x="${round(label.x)}" y="${round(label.y)}"${
      label.anchor === 'start' ? '' : ` text-anchor="${label.anchor}"`
    }>${escapeXml(label.text)}</text>`;

  const placeElements = places.map((p) => {
    const [x, y] = byId.get(p.id)!.xy;
    const label = placeLabelsPlaced.find((l) => l.id === p.id)!;
    const marker =
      p.kind === 'airbase'
        ? `<rect class="marker" x="${round(x - radius)}" y="${round(y - radius)}" width="${round(radius * 2)}" height="${round(radius * 2)}"/>`
        : `<circle class="marker" cx="${round(x)}" cy="${round(y)}" r="${round(radius)}"/>`;
    return (
      `<a href="${escapeXml(p.href)}" class="place" data-place="${escapeXml(p.id)}">` +
      `<title>${escapeXml(p.name)}</title>${marker}${text(label, 'label')}</a>`
    );
  });

  let row = 0;
  const legendText = (line: string, x: number, className = '') =>
    `<text${className ? ` class="${className}"` : ''} x="${round(x)}" y="${round(legend.y0 + 5 + lineHeight * ++row - lineHeight * 0.28)}">${escapeXml(line)}</text>`;
  const legendElements = [
    `<rect class="legend-box" x="${round(legend.x0)}" y="${round(legend.y0)}" width="${round(legend.x1 - legend.x0)}" height="${round(legend.y1 - legend.y0)}" rx="3"/>`,
    ...headingLines.map((line) => legendText(line, legend.x0 + 6, 'legend-heading')),
    ...entries.flatMap((lines, i) => {
      const style = ROUTE_STYLES[i % ROUTE_STYLES.length]!;
      const y = legend.y0 + 5 + lineHeight * (row + 0.5);
      return [
        `<path class="route ${style}" d="M${round(legend.x0 + 6)},${round(y)}h${round(sample)}"/>`,
        ...lines.map((line) => legendText(line, legend.x0 + 6 + sample + 8)),
      ];
    }),
  ];

  const css = [
    `svg{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','DejaVu Sans',sans-serif;font-size:${fs}px}`,
    '.sea{fill:#dce8ef}.land{fill:#f4f2ea}.focus{fill:#e7e1d1}.border{fill:none;stroke:#8f897d;stroke-width:.8;stroke-linejoin:round}',
    '.marker{fill:#a4271f;stroke:#fffff8;stroke-width:1.2}',
    'text{fill:#1b1b1b;paint-order:stroke;stroke:#fffff8;stroke-width:3px;stroke-linejoin:round}',
    `.country{fill:#6b665c;font-size:${round(countryFs)}px;letter-spacing:.12em}`,
    '.place:hover text,.place:focus text,.route:hover path,.route:focus path{text-decoration:underline;stroke-width:3px}',
    '.route path{fill:none;stroke-width:2;stroke-linecap:round}',
    '.route-a path,.route-a .arrow,path.route-a{stroke:#1a4f8b}.route-a .arrow{fill:#1a4f8b}.route-a path,path.route-a{stroke-dasharray:7 4}',
    '.route-b path,.route-b .arrow,path.route-b{stroke:#9a4a00}.route-b .arrow{fill:#9a4a00}.route-b path,path.route-b{stroke-dasharray:2 4}',
    '.route-c path,path.route-c{stroke:#5b3a8c;stroke-dasharray:10 3 2 3}.route-c .arrow{fill:#5b3a8c}',
    'path.route-a,path.route-b,path.route-c{fill:none;stroke-width:2;stroke-linecap:round}',
    '.route .arrow{stroke:none}',
    `.legend-box{fill:#fffff8;fill-opacity:.92;stroke:#8f897d;stroke-width:.6}.legend-box~text{font-size:${round(legendFs)}px;stroke:none}.legend-heading{font-weight:600}`,
    `.credit{font-size:${round(credit.fs)}px;fill:#555}`,
    '@media (prefers-color-scheme:dark){',
    '.sea{fill:#1b262e}.land{fill:#2b2a27}.focus{fill:#36332d}.border{stroke:#8a857a}',
    '.marker{fill:#ff8a7a;stroke:#151515}',
    'text{fill:#e8e6df;stroke:#151515}.country{fill:#aaa59a}.credit{fill:#b4b2aa}',
    '.route-a path,path.route-a{stroke:#8cbcf2}.route-a .arrow{fill:#8cbcf2}',
    '.route-b path,path.route-b{stroke:#f0b56a}.route-b .arrow{fill:#f0b56a}',
    '.route-c path,path.route-c{stroke:#c9a7f5}.route-c .arrow{fill:#c9a7f5}',
    '.legend-box{fill:#151515;stroke:#77736a}',
    '}',
  ].join('');

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="map-title map-desc" lang="en">`,
    `<title id="map-title">${escapeXml(input.title)}</title>`,
    `<desc id="map-desc">${escapeXml(input.description)}</desc>`,
    `<style>${css}</style>`,
    `<rect class="sea" width="${width}" height="${mapHeight}"/>`,
    `<path class="land" d="${landPath}"/>`,
    `<path class="focus" d="${focusPath}"/>`,
    `<path class="border" d="${borderPath}"/>`,
    `<g aria-hidden="true">${countryLabels.map((l) => text(l, 'country')).join('')}</g>`,
    `<g class="routes">${routeElements.join('')}</g>`,
    `<g class="places">${placeElements.join('')}</g>`,
    `<g class="legend">${legendElements.join('')}</g>`,
    `<text class="credit" x="${round(width - 4)}" y="${round(mapHeight - 4)}" text-anchor="end">${escapeXml(credit.text)}</text>`,
    '</svg>',
  ].join('\n');

  return { svg, width, height, placeLabels: placeLabelsPlaced, countryLabels, legend };
}
