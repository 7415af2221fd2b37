/**
 * A claim's one-sentence summary as the margin note sets it: the speaker's
 * name apart (bold), then the rest of the sentence. Claims are written to
 * start with their speaker ("Peter Ford says …"), so the name is shown once,
 * inside the sentence, instead of a byline beside it ("Peter Ford · Peter
 * Ford says …"); a sentence that does not start with the name gets it in
 * front, followed by a colon.
 */
export interface ClaimSentenceParts {
  /** The speaker's name, as the note sets it apart. */
  speaker: string;
  /** What follows the name, starting with its space or punctuation. */
  rest: string;
}

export function claimSentenceParts(claim: string, speakerName: string): ClaimSentenceParts {
  const next = claim.charAt(speakerName.length);
  if (claim.startsWith(speakerName) && !/[\p{L}\p{N}]/u.test(next)) {
    return { speaker: speakerName, rest: claim.slice(speakerName.length) };
  }
  return { speaker: speakerName, rest: `: ${claim}` };
}
