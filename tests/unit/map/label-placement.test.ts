import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  distanceToBox,
  estimateTextWidth,
  insideBox,
  placeLabels,
  segmentIntersectsBox,
  type LabelRequest,
} from '~/map/label-placement.ts';

const frame = { x0: 0, y0: 0, x1: 400, y1: 200 };
const label = (id: string, x: number, y: number, text = id): LabelRequest => ({ id, text, x, y, fontSize: 12, gap: 5 });

describe('estimateTextWidth', () => {
  it('grows with the text and the font size, and counts narrow letters as narrow', () => {
    expect(estimateTextWidth('Mosul', 12)).toBeGreaterThan(estimateTextWidth('Mos', 12));
    expect(estimateTextWidth('Mosul', 24)).toBeCloseTo(estimateTextWidth('Mosul', 12) * 2, 6);
    expect(estimateTextWidth('iiii', 12)).toBeLessThan(estimateTextWidth('MMMM', 12) / 2);
    expect(estimateTextWidth('SYRIA', 10, 0.12)).toBeGreaterThan(estimateTextWidth('SYRIA', 10));
  });
});

describe('geometry', () => {
  const box = { x0: 10, y0: 10, x1: 20, y1: 20 };
  it('detects segments crossing, inside or missing a box', () => {
    expect(segmentIntersectsBox({ x0: 0, y0: 15, x1: 30, y1: 15 }, box)).toBe(true);
    expect(segmentIntersectsBox({ x0: 12, y0: 12, x1: 13, y1: 13 }, box)).toBe(true);
    expect(segmentIntersectsBox({ x0: 0, y0: 0, x1: 30, y1: 5 }, box)).toBe(false);
    expect(segmentIntersectsBox({ x0: 0, y0: 30, x1: 30, y1: 0 }, box)).toBe(true);
    expect(segmentIntersectsBox({ x0: 25, y0: 0, x1: 25, y1: 30 }, box)).toBe(false);
  });
  it('measures overlap, containment and distance', () => {
    expect(boxesOverlap(box, { x0: 19, y0: 19, x1: 30, y1: 30 })).toBe(true);
    expect(boxesOverlap(box, { x0: 20, y0: 0, x1: 30, y1: 30 })).toBe(false);
    expect(insideBox(box, frame)).toBe(true);
    expect(distanceToBox(15, 15, box)).toBe(0);
    expect(distanceToBox(23, 24, box)).toBe(5);
  });
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its point, inside the frame', () => {
    const [placed] = placeLabels([label('a', 100, 100)], { bounds: frame });
    expect(placed).toMatchObject({ id: 'a', position: 'right', anchor: 'start', collides: false });
    expect(placed!.box.x0).toBeGreaterThan(100);
  });

  it('moves a label off the right edge', () => {
    const [placed] = placeLabels([label('Mosul', 395, 100)], { bounds: frame });
    expect(placed!.collides).toBe(false);
    expect(placed!.anchor).toBe('end');
    expect(insideBox(placed!.box, frame)).toBe(true);
  });

  it('keeps close labels apart, and off the markers and lines given', () => {
    const requests = [label('Palmyra', 200, 100), label('T4 airbase', 182, 101), label('Raqqa', 205, 60)];
    const markers = requests.map((r) => ({ x0: r.x - 4, y0: r.y - 4, x1: r.x + 4, y1: r.y + 4 }));
    const line = { x0: 205, y0: 64, x1: 200, y1: 96 };
    const placed = placeLabels(requests, { bounds: frame, obstacles: markers, segments: [line] });
    expect(placed.map((p) => p.id)).toEqual(['Palmyra', 'T4 airbase', 'Raqqa']);
    expect(placed.every((p) => !p.collides)).toBe(true);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
      for (const m of markers) expect(boxesOverlap(a.box, m)).toBe(false);
      expect(segmentIntersectsBox(line, a.box)).toBe(false);
    }
  });

  it('never puts a label nearer another point than its own', () => {
    const placed = placeLabels([label('Palmyra', 200, 100), label('T4', 175, 100)], { bounds: frame });
    for (const p of placed) {
      const own = p.id === 'Palmyra' ? { x: 200, y: 100 } : { x: 175, y: 100 };
      const other = p.id === 'Palmyra' ? { x: 175, y: 100 } : { x: 200, y: 100 };
      expect(distanceToBox(own.x, own.y, p.box)).toBeLessThanOrEqual(distanceToBox(other.x, other.y, p.box));
    }
  });

  it('reports a label that cannot fit rather than hiding the problem', () => {
    const tiny = { x0: 0, y0: 0, x1: 30, y1: 12 };
    const [placed] = placeLabels([label('Deir ez-Zor', 15, 6)], { bounds: tiny });
    expect(placed!.collides).toBe(true);
  });
});
