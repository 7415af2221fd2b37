/**
 * Where the margin notes stand on a wide screen, once JavaScript runs. The
 * stylesheet floats each note to the top of its mark's line and stacks the
 * notes of crowded lines one below the other (global.css): without
 * JavaScript, the second note of a crowded line starts a line below its mark
 * (within the one-line rule, measured from 1,224 to 1,920 px; a third note on
 * the same line would start two lines below). This moves each note as close
 * to its mark as the notes around it allow, never more than `limit` (one
 * line of the text) above it:
 * a note stands level with its mark unless a crowd needs the room, and then
 * the notes of the crowd start above their marks as well as below.
 *
 * Two passes over the notes in order: the first sets each note as early as it
 * may (its mark's top less the limit, and below the note before it); the
 * second, from the last note back, moves each note down to its mark's top as
 * far as the note after it allows. Each note then lies between its earliest
 * place and its mark's top or the first pass's place, whichever is lower, and
 * no two notes come closer than `gap` (the notes' bottom margin in
 * global.css). Written by hand: a dozen lines, run in the reader's
 * browser within the article page's 2 KB of JavaScript.
 */
export function stackMarginNotes(wants: number[], heights: number[], limits: number[], gap = 0): number[] {
  const tops: number[] = [];
  let floor = -Infinity;
  wants.forEach((want, i) => {
    tops[i] = Math.max(want - limits[i]!, floor);
    floor = tops[i] + heights[i]! + gap;
  });
  let ceiling = Infinity;
  for (let i = wants.length - 1; i >= 0; i -= 1) {
    tops[i] = Math.min(Math.max(wants[i]!, tops[i]!), ceiling - heights[i]! - gap);
    ceiling = tops[i]!;
  }
  return tops;
}
