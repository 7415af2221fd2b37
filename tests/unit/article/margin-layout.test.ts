import { describe, expect, it } from 'vitest';
import { stackMarginNotes } from '~/article/margin-layout.ts';

describe('stackMarginNotes', () => {
  it('leaves a note level with its mark when nothing crowds it', () => {
    expect(stackMarginNotes([100, 300, 500], [40, 40, 40], [30, 30, 30])).toEqual([100, 300, 500]);
  });

  it('spreads three notes of one line above and below it, each within a line of its mark', () => {
    expect(stackMarginNotes([100, 100, 100], [30, 30, 30], [30, 30, 30])).toEqual([70, 100, 130]);
  });

  it('starts a note early only as far as the crowd after it needs', () => {
    // Two marks one line apart, the first note two lines tall: the first moves up by the overlap.
    expect(stackMarginNotes([100, 130], [45, 30], [30, 30])).toEqual([85, 130]);
  });

  it('never starts a note more than a line above its mark, nor lets two notes overlap', () => {
    const wants = [0, 10, 20, 30, 40, 200];
    const heights = [30, 30, 30, 30, 30, 30];
    const tops = stackMarginNotes(
      wants,
      heights,
      wants.map(() => 30),
    );
    tops.forEach((top, i) => {
      expect(top).toBeGreaterThanOrEqual(wants[i]! - 30);
      if (i > 0) expect(top).toBeGreaterThanOrEqual(tops[i - 1]! + heights[i - 1]!);
    });
    expect(tops.at(-1)).toBe(200);
  });

  it('keeps the gap between stacked notes, so that their rules never join', () => {
    expect(stackMarginNotes([100, 100, 100], [30, 30, 30], [40, 40, 40], 8)).toEqual([60, 98, 136]);
    expect(stackMarginNotes([100, 130], [45, 30], [30, 30], 8)).toEqual([77, 130]);
  });
});
