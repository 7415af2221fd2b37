import { describe, expect, it } from 'vitest';
import { indexCitations, uncited } from '~/edition/citations.ts';

describe('indexCitations', () => {
  const input = {
    sources: ['s1', 's2', 's3'],
    claims: [{ id: 'c1', sources: ['s1', 's1', 's2'] }],
    speakers: [{ id: 'pf', facts: [{ sources: ['s2'] }, { sources: ['s1'] }] }],
    events: [{ id: 'e1', sources: ['s1'] }],
  };

  it('lists, per source, the claims, speaker facts and events that cite it, once each', () => {
    const index = indexCitations(input);
    expect(index.get('s1')).toEqual({
      claims: ['c1'],
      facts: [{ speaker: 'pf', fact: 1 }],
      events: ['e1'],
      places: [],
      parties: [],
    });
    expect(index.get('s2')).toEqual({
      claims: ['c1'],
      facts: [{ speaker: 'pf', fact: 0 }],
      events: [],
      places: [],
      parties: [],
    });
    expect(uncited(index)).toEqual(['s3']);
  });

  it('counts a source cited only for a place’s coordinates as cited', () => {
    const index = indexCitations({ ...input, places: [{ id: 'palmyra', sources: ['s3'] }] });
    expect(index.get('s3')?.places).toEqual(['palmyra']);
    expect(uncited(index)).toEqual([]);
  });

  it('names who cites an unknown source', () => {
    expect(() => indexCitations({ ...input, events: [{ id: 'e9', sources: ['nope'] }] })).toThrow(
      'event "e9" cites "nope"',
    );
  });
});
