/**
 * `astro dev` shows content problems in the browser's error overlay
 * (src/check/dev-problems.ts): the error a page throws names the first
 * problem's file and line for the overlay's frame and lists every problem;
 * a list found again is not reported twice; fixing the content clears it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { devContentError, reportDevProblems } from '~/check/dev-problems.ts';
import type { Problem } from '~/model/content-files.ts';

const problem: Problem = {
  file: 'content/claims/aleppo-50000.yaml',
  line: 3,
  field: 'status',
  message: '"true" is not a claim status',
  fix: 'use one of supported, …',
};

describe('content problems in astro dev', () => {
  afterEach(() => void reportDevProblems('/project', []));

  it('makes the page throw an error naming the file, the line and the field, with every problem', () => {
    reportDevProblems('/project', [problem, { ...problem, file: 'content/claims/b.yaml', line: 9 }]);
    const error = devContentError() as Error & { loc?: { file: string; line?: number }; hint?: string };
    expect(error.message).toContain('2 problems');
    expect(error.message).toContain(
      'content/claims/aleppo-50000.yaml:3 → status: "true" is not a claim status (use one of supported, …)',
    );
    expect(error.message).toContain('content/claims/b.yaml:9 → status');
    expect(error.loc).toEqual({ file: '/project/content/claims/aleppo-50000.yaml', line: 3, column: 1 });
    expect(error.hint).toMatch(/comes back by itself/);
  });

  it('reports a list once, and clears it when the content is fixed', () => {
    const listener = vi.fn();
    const key = Symbol.for('annotated-edition.dev-content-problems');
    const state = (globalThis as unknown as Record<symbol, { listeners: Set<() => void> }>)[key]!;
    state.listeners.add(listener);
    try {
      expect(reportDevProblems('/project', [problem])).toBe(true);
      expect(reportDevProblems('/project', [problem])).toBe(false);
      expect(listener).toHaveBeenCalledTimes(1);
      expect(reportDevProblems('/project', [])).toBe(true);
      expect(devContentError()).toBeUndefined();
      expect(listener).toHaveBeenCalledTimes(2);
    } finally {
      state.listeners.delete(listener);
    }
  });
});
