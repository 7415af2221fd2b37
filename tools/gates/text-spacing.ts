/**
 * Words glued to punctuation in a page's visible text: "sources;every",
 * "against:Supported". Astro drops whitespace that spans a line break between
 * text and an element, so a template wrapped at the wrong place loses a space
 * that no other check would notice. The patterns leave alone what legitimately
 * has no space: numbers ("4,000", "16:32"), web addresses ("rt.com/op-ed"),
 * abbreviations ("U.S."), and text in code.
 */
const GLUED = /[a-z)’”][;,:](?![/\d])[A-Za-z(“‘]|[a-z]{2}\.[A-Z]/g;

/** Each place where punctuation is glued to the next word, with a little context. */
export function gluedPunctuation(text: string): string[] {
  return [...text.matchAll(GLUED)].map((match) => {
    const start = Math.max(0, match.index - 25);
    return text.slice(start, match.index + match[0].length + 25);
  });
}
