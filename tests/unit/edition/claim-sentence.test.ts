import { describe, expect, it } from 'vitest';
import { claimSentenceParts } from '~/edition/claim-sentence.ts';

describe('claimSentenceParts', () => {
  it('sets the speaker apart when the sentence starts with the name', () => {
    expect(claimSentenceParts('Peter Ford says the coalition did nothing.', 'Peter Ford')).toEqual({
      speaker: 'Peter Ford',
      rest: ' says the coalition did nothing.',
    });
    expect(claimSentenceParts("RT's report says so.", 'RT')).toEqual({ speaker: 'RT', rest: "'s report says so." });
  });

  it('puts the name in front, with a colon, when the sentence does not start with it', () => {
    expect(claimSentenceParts('The coalition did nothing.', 'Peter Ford')).toEqual({
      speaker: 'Peter Ford',
      rest: ': The coalition did nothing.',
    });
    // A longer word that begins with the name is not the name.
    expect(claimSentenceParts('RTL reports it.', 'RT')).toEqual({ speaker: 'RT', rest: ': RTL reports it.' });
  });
});
