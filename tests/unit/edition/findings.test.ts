import { describe, expect, it } from 'vitest';
import { findingsThatMatter, statusCounts } from '~/edition/findings.ts';

describe('the front page', () => {
  it('surfaces contradicted, then out-of-date, then one-sided claims, each once', () => {
    const claims = [
      { id: 'a', status: 'supported', restsOn: undefined },
      { id: 'b', status: 'outdated', restsOn: 'the Syrian government' },
      { id: 'c', status: 'unverified', restsOn: 'the Russian government' },
      { id: 'd', status: 'contradicted', restsOn: undefined },
      { id: 'e', status: 'opinion', restsOn: undefined },
    ] as const;
    expect(findingsThatMatter(claims).map((c) => c.id)).toEqual(['d', 'b', 'c']);
  });

  it('counts claims per status in the vocabulary’s order, leaving out statuses no claim has', () => {
    expect(statusCounts(['opinion', 'supported', 'opinion', 'contradicted'])).toEqual([
      { status: 'supported', count: 1 },
      { status: 'contradicted', count: 1 },
      { status: 'opinion', count: 2 },
    ]);
  });
});
