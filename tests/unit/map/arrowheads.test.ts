/**
 * Arrowheads at the ends of the alleged movements: where lines end together (side by side, or converging
 * on one place), no head's box meets another's; a head is pulled back along its own line only.
 */
import { describe, expect, it } from 'vitest';
import { arrowheadPoints, boxOfPoints, placeArrowheads } from '~/map/arrowheads.ts';
import { boxesOverlap } from '~/map/label-placement.ts';

const SIZE = { length: 10, halfWidth: 4.5, clearance: 1.5 };

const noTwoMeet = (boxes: { x0: number; y0: number; x1: number; y1: number }[]) =>
  boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => boxesOverlap(a, b))
      .map(() => i),
  );

describe('arrowheads', () => {
  it('points the triangle along its line, tip first', () => {
    const points = arrowheadPoints(100, 50, 1, 0, SIZE);
    expect(points).toEqual([
      [100, 50],
      [90, 54.5],
      [90, 45.5],
    ]);
    expect(boxOfPoints(points)).toEqual({ x0: 90, y0: 45.5, x1: 100, y1: 54.5 });
  });

  it('leaves heads where they are when they do not meet', () => {
    const heads = placeArrowheads(
      [
        { x0: 0, y0: 0, x1: 100, y1: 0 },
        { x0: 0, y0: 100, x1: 100, y1: 100 },
      ],
      SIZE,
    );
    expect(heads.map((h) => h.pulledBack)).toEqual([0, 0]);
    expect(heads[0]!.reach).toEqual({ x0: 0, y0: 0, x1: 100, y1: 0 });
    // The line stops inside the head, short of the tip.
    expect(heads[0]!.line.x1).toBeLessThan(100);
    expect(heads[0]!.line.x1).toBeGreaterThan(90);
  });

  it('draws apart the heads of lines that run side by side to one place, and of lines that converge on it', () => {
    const lines = [
      // Two lines side by side, 6 units apart, from the north-north-east (Raqqa to Palmyra, twice).
      { x0: 160, y0: 0, x1: 100, y1: 150 },
      { x0: 166, y0: 2, x1: 106, y1: 152 },
      // One from the east (Deir ez-Zor to Palmyra), ending beside them.
      { x0: 300, y0: 80, x1: 108, y1: 158 },
    ];
    const before = lines.map((l) => {
      const length = Math.hypot(l.x1 - l.x0, l.y1 - l.y0);
      return boxOfPoints(arrowheadPoints(l.x1, l.y1, (l.x1 - l.x0) / length, (l.y1 - l.y0) / length, SIZE));
    });
    expect(noTwoMeet(before).length, 'the heads meet where the lines end').toBeGreaterThan(0);
    const heads = placeArrowheads(lines, SIZE);
    expect(noTwoMeet(heads.map((h) => h.box))).toEqual([]);
    expect(heads[0]!.pulledBack).toBe(0);
    expect(Math.max(...heads.map((h) => h.pulledBack))).toBeGreaterThan(0);
    // Each tip stays on its own line.
    heads.forEach((head, i) => {
      const l = lines[i]!;
      const [x, y] = head.points[0]!;
      const cross = (l.x1 - l.x0) * (y - l.y0) - (l.y1 - l.y0) * (x - l.x0);
      expect(Math.abs(cross) / Math.hypot(l.x1 - l.x0, l.y1 - l.y0)).toBeLessThan(1e-9);
    });
  });

  it('says so when two heads cannot be drawn apart within their lines', () => {
    const line = { x0: 0, y0: 0, x1: 12, y1: 0 };
    expect(() => placeArrowheads([line, { ...line }], SIZE)).toThrow(/cannot be drawn apart/);
  });
});
