/**
 * Places map labels so that they do not collide: with each other, with the
 * markers, with the lines drawn on the map, or with the edge. Greedy, in the
 * order given (most important first), trying the classic cartographic
 * positions around each point, then the same positions further out.
 *
 * Text is measured by estimate, since nothing renders at build time: the
 * estimate errs wide so that a label never touches its neighbour.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Position =
  'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left' | 'center';

/** Right first: the cartographer's preferred position for a point label. */
export const POINT_POSITIONS: Position[] = [
  'right',
  'left',
  'top-right',
  'bottom-right',
  'top-left',
  'bottom-left',
  'top',
  'bottom',
];

export interface LabelRequest {
  id: string;
  text: string;
  /** The point labelled, in map units. */
  x: number;
  y: number;
  fontSize: number;
  /** Distance between the point and the nearest edge of its label. */
  gap: number;
  positions?: Position[];
  /** Extra space between letters, in ems (for spaced capitals). */
  letterSpacing?: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Where the text is drawn: x with `anchor`, y the baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  position: Position;
  box: Box;
  /** True only when no position was free; the best one found is kept. */
  collides: boolean;
}

export interface PlacementSpace {
  bounds: Box;
  /** Areas labels must avoid: markers, the legend, the credit line. */
  obstacles?: Box[];
  /** Lines labels must not sit on. */
  segments?: Segment[];
  /**
   * Points a label must not seem to belong to: a label is placed nearer its
   * own point than any of these. The labelled points themselves count too.
   */
  points?: { x: number; y: number }[];
}

// Advance widths of a typical system sans-serif, in ems, by character class.
const NARROW = new Set([..."ijlI.,:;'’|!()[] "]);
const SEMI_NARROW = new Set([...'fjrt-']);
const WIDE = new Set([...'mwMW']);

/** An estimate, slightly generous, of the width of `text` set at `fontSize`. */
export function estimateTextWidth(text: string, fontSize: number, letterSpacing = 0): number {
  let ems = 0;
  for (const char of text) {
    if (NARROW.has(char)) ems += 0.3;
    else if (SEMI_NARROW.has(char)) ems += 0.38;
    else if (WIDE.has(char)) ems += 0.9;
    else if (char >= 'A' && char <= 'Z') ems += 0.7;
    else if (char >= '0' && char <= '9') ems += 0.58;
    else ems += 0.58;
  }
  const spacing = Math.max(0, [...text].length - 1) * letterSpacing;
  return (ems + spacing) * fontSize * 1.05;
}

/** Ascent and descent of the label box, as fractions of the font size. */
const ASCENT = 0.78;
const DESCENT = 0.24;
/** Clear space kept around every label box. */
const PADDING = 1.5;

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Distance from a point to the nearest edge of a box; 0 inside. */
export function distanceToBox(x: number, y: number, b: Box): number {
  return Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

export function insideBox(inner: Box, outer: Box): boolean {
  return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;
}

/** Whether a line segment crosses or lies within a box (Liang–Barsky clipping). */
export function segmentIntersectsBox(s: Segment, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = s.x1 - s.x0;
  const dy = s.y1 - s.y0;
  const edges: [number, number][] = [
    [-dx, s.x0 - b.x0],
    [dx, b.x1 - s.x0],
    [-dy, s.y0 - b.y0],
    [dy, b.y1 - s.y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return true;
}

function candidate(
  request: LabelRequest,
  position: Position,
  reach: number,
): Omit<PlacedLabel, 'id' | 'text' | 'collides'> {
  const { x, y, fontSize } = request;
  const width = estimateTextWidth(request.text, fontSize, request.letterSpacing);
  const gap = request.gap * reach;
  const diagonal = gap * 0.75;
  // The baseline that centres the text vertically on y.
  const middle = y + ((ASCENT - DESCENT) / 2) * fontSize;
  const spec: Record<Position, { x: number; y: number; anchor: PlacedLabel['anchor'] }> = {
    right: { x: x + gap, y: middle, anchor: 'start' },
    left: { x: x - gap, y: middle, anchor: 'end' },
    top: { x, y: y - gap - DESCENT * fontSize, anchor: 'middle' },
    bottom: { x, y: y + gap + ASCENT * fontSize, anchor: 'middle' },
    'top-right': { x: x + diagonal, y: y - diagonal - DESCENT * fontSize, anchor: 'start' },
    'top-left': { x: x - diagonal, y: y - diagonal - DESCENT * fontSize, anchor: 'end' },
    'bottom-right': { x: x + diagonal, y: y + diagonal + ASCENT * fontSize, anchor: 'start' },
    'bottom-left': { x: x - diagonal, y: y + diagonal + ASCENT * fontSize, anchor: 'end' },
    center: { x, y: middle, anchor: 'middle' },
  };
  const at = spec[position];
  const left = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - width : at.x - width / 2;
  return {
    x: at.x,
    y: at.y,
    anchor: at.anchor,
    position,
    box: {
      x0: left - PADDING,
      x1: left + width + PADDING,
      y0: at.y - ASCENT * fontSize - PADDING,
      y1: at.y + DESCENT * fontSize + PADDING,
    },
  };
}

/**
 * Places every label, most important first. When a label finds no free
 * position, it is tried again earlier in the order (a few rounds), and the
 * arrangement with the fewest collisions wins. A label that still finds no
 * free position keeps its least-crowded one and is marked `collides`;
 * callers decide whether to drop it (optional labels) or to fail (tests do).
 * The result is in the order of `requests`.
 */
export function placeLabels(requests: LabelRequest[], space: PlacementSpace): PlacedLabel[] {
  let order = requests;
  let best = placeInOrder(order, space);
  for (let round = 0; round < requests.length && best.some((l) => l.collides); round += 1) {
    const stuck = best.find((l) => l.collides)!.id;
    order = [...order.filter((r) => r.id === stuck), ...order.filter((r) => r.id !== stuck)];
    const attempt = placeInOrder(order, space);
    if (attempt.filter((l) => l.collides).length < best.filter((l) => l.collides).length) best = attempt;
  }
  return requests.map((r) => best.find((l) => l.id === r.id)!);
}

function placeInOrder(requests: LabelRequest[], space: PlacementSpace): PlacedLabel[] {
  const obstacles = space.obstacles ?? [];
  const segments = space.segments ?? [];
  const placed: PlacedLabel[] = [];
  const reaches = [1, 1.8, 2.6];
  const points = [...(space.points ?? []), ...requests.map((r) => ({ x: r.x, y: r.y }))];

  for (const request of requests) {
    const positions = request.positions ?? POINT_POSITIONS;
    let best: { spot: ReturnType<typeof candidate>; cost: number } | undefined;
    search: for (const reach of reaches) {
      for (const position of positions) {
        const spot = candidate(request, position, reach);
        const outside = insideBox(spot.box, space.bounds) ? 0 : 1e6;
        const cost =
          outside +
          [...obstacles, ...placed.map((p) => p.box)].reduce((sum, box) => sum + overlapArea(spot.box, box), 0) +
          segments.filter((s) => segmentIntersectsBox(s, spot.box)).length * 50 +
          (points.some(
            (p) =>
              (p.x !== request.x || p.y !== request.y) &&
              distanceToBox(p.x, p.y, spot.box) < distanceToBox(request.x, request.y, spot.box),
          )
            ? 40
            : 0);
        if (!best || cost < best.cost) best = { spot, cost };
        if (cost === 0) break search;
      }
    }
    placed.push({ id: request.id, text: request.text, ...best!.spot, collides: best!.cost > 0 });
  }
  return placed;
}
