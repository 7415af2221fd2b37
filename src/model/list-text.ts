/**
 * "A", "A and B", "A, B and C": a list in running English, as the notes,
 * the map's legend and the source chains write it. One formatter, the
 * platform's (`Intl.ListFormat`, British English: no comma before "and").
 */
const conjunction = new Intl.ListFormat('en-GB', { type: 'conjunction' });

export const listText = (items: readonly string[]): string => conjunction.format(items);
