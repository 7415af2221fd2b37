/** "Did you mean" (src/model/closest-ids.ts): the closest existing ids to an unknown one, and nothing far off. */
import { describe, expect, it } from 'vitest';
import { closestIds, didYouMean } from '~/model/closest-ids.ts';

const speakers = ['peter-ford', 'ray-finch', 'rt'];

describe('closestIds', () => {
  it('finds an id with a letter moved, dropped, added or a hyphen misplaced', () => {
    expect(closestIds('peterf-ord', speakers)).toEqual(['peter-ford']);
    expect(closestIds('peter-frod', speakers)).toEqual(['peter-ford']);
    expect(closestIds('ray-finc', speakers)).toEqual(['ray-finch']);
    expect(closestIds('peterford', speakers)).toEqual(['peter-ford']);
  });
  it('finds an id with a word left out, closest first, at most three', () => {
    expect(closestIds('palmyra', ['isis-retakes-palmyra', 'palmyra-retaken-2016', 'mosul-victory'])).toEqual([
      'isis-retakes-palmyra',
      'palmyra-retaken-2016',
    ]);
    expect(closestIds('a-b', ['a-bc', 'a-bd', 'a-be', 'a-bf'])).toHaveLength(3);
  });
  it('offers nothing when nothing is close', () => {
    expect(closestIds('john-smith', speakers)).toEqual([]);
    expect(didYouMean('john-smith', speakers)).toBeUndefined();
  });
  it('words one or several', () => {
    expect(didYouMean('peterf-ord', speakers)).toBe('did you mean peter-ford?');
    expect(didYouMean('a-b', ['a-bc', 'a-bd'])).toBe('did you mean a-bc or a-bd?');
  });
});
