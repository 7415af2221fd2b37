/**
 * The arrowheads of the alleged movements, drawn as shapes of their own rather
 * than SVG markers, so that where several movements end at one place (Palmyra:
 * from Raqqa twice, side by side, and from Deir ez-Zor) no head covers
 * another: each head's box is known, and a head that would meet an earlier one
 * is pulled back along its line until it clears it. Hand-written because no
 * map library draws at build time without a DOM; the geometry is small.
 */
import { boxesOverlap, type Box, type Segment } from './label-placement.ts';

export interface ArrowheadSize {
  /** From the tip to the base, in map units. */
  length: number;
  /** Half the base's width. */
  halfWidth: number;
  /** Clear space kept between two heads' boxes. */
  clearance: number;
  /** How far a head may be pulled back from the end of its line, at most, as a share of the line's length. */
  maxPullBack?: number;
}

export interface Arrowhead {
  /** The line to draw: from the line's start to the head's base. */
  line: Segment;
  /** The line from its start to the tip: what labels must keep off. */
  reach: Segment;
  /** The triangle: tip, then the base's two corners. */
  points: [number, number][];
  /** The triangle's bounding box. */
  box: Box;
  /** How far the tip was pulled back from the end of the line, in map units. */
  pulledBack: number;
}

/** The triangle of a head whose tip is at (x, y), pointing along the unit vector (ux, uy). */
export function arrowheadPoints(x: number, y: number, ux: number, uy: number, size: ArrowheadSize): [number, number][] {
  const bx = x - ux * size.length;
  const by = y - uy * size.length;
  return [
    [x, y],
    [bx - uy * size.halfWidth, by + ux * size.halfWidth],
    [bx + uy * size.halfWidth, by - ux * size.halfWidth],
  ];
}

export function boxOfPoints(points: [number, number][]): Box {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

const grow = (b: Box, by: number): Box => ({ x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by });

/**
 * One head at the end of each line, in order; where two heads' boxes (with the clearance) would overlap, the
 * later one is pulled back along its line, a unit at a time, or the earlier one once the later can go no
 * further. Throws when a head cannot be cleared within the lines.
 */
export function placeArrowheads(lines: Segment[], size: ArrowheadSize): Arrowhead[] {
  const maxShare = size.maxPullBack ?? 0.5;
  const geometry = lines.map((line) => {
    const length = Math.hypot(line.x1 - line.x0, line.y1 - line.y0);
    return { line, length, ux: (line.x1 - line.x0) / length, uy: (line.y1 - line.y0) / length };
  });
  const pulled = lines.map(() => 0);
  const canPull = (i: number) => pulled[i]! + 1 <= geometry[i]!.length * maxShare;
  const headOf = (i: number) => {
    const { line, ux, uy } = geometry[i]!;
    const points = arrowheadPoints(line.x1 - ux * pulled[i]!, line.y1 - uy * pulled[i]!, ux, uy, size);
    return { points, box: boxOfPoints(points) };
  };
  const clash = () => {
    const heads = lines.map((_, i) => grow(headOf(i).box, size.clearance / 2));
    for (let j = 1; j < heads.length; j += 1) {
      for (let i = 0; i < j; i += 1) if (boxesOverlap(heads[i]!, heads[j]!)) return [i, j] as const;
    }
    return undefined;
  };
  for (let pair = clash(); pair; pair = clash()) {
    const [i, j] = pair;
    if (canPull(j)) pulled[j] = pulled[j]! + 1;
    else if (canPull(i)) pulled[i] = pulled[i]! + 1;
    else throw new Error(`the arrowheads of lines ${i} and ${j} cannot be drawn apart within their lines`);
  }
  return geometry.map(({ line, ux, uy }, i) => {
    const { points, box } = headOf(i);
    const [tipX, tipY] = points[0]!;
    // The line stops inside the head, short of the tip, so that its round cap does not show past the point.
    const into = size.length * 0.6;
    return {
      line: { x0: line.x0, y0: line.y0, x1: tipX - ux * into, y1: tipY - uy * into },
      reach: { x0: line.x0, y0: line.y0, x1: tipX, y1: tipY },
      points,
      box,
      pulledBack: pulled[i]!,
    };
  });
}
