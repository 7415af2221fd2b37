/** The pure parts of a claim page's view (src/edition/claim-page.ts): the dated list, the figures, the headings. */
import { describe, expect, it } from 'vitest';
import { datedGroups, figuresDiffer, firstSentence, sentenceCase } from '~/edition/claim-page-parts.ts';
import type { EvidenceItem } from '~/edition/evidence.ts';

const source = (id: string, date: string): EvidenceItem => ({
  kind: 'source',
  id,
  date,
  text: `Title of ${id}`,
  publisher: `Publisher of ${id}`,
  href: `https://example.org/${id}`,
});
const event = (id: string, date: string): EvidenceItem => ({
  kind: 'event',
  id,
  date,
  text: `The "${id}" event`,
  href: `/timeline/#event-${id}`,
});

describe('datedGroups', () => {
  const numbers = new Map([
    ['a', 1],
    ['b', 2],
  ]);
  const shortTitles = new Map([['a', 'Short a']]);

  it('lists what was known on the day and what came after, oldest first, sources by number', () => {
    const groups = datedGroups(
      {
        known: [event('e1', '2016-12-11'), source('a', '2016-12-10')],
        later: [source('b', '2017-03-02')],
        maybeAfter: [],
        undated: [],
      },
      '2016-12-12',
      numbers,
      shortTitles,
    );
    expect(groups.map((g) => g.key)).toEqual(['known', 'later']);
    expect(groups[0]!.title).toBe('Known on 12 December 2016, the day of the article');
    expect(groups[0]!.rows).toEqual([
      {
        date: '2016-12-10',
        kind: 'source',
        text: 'Short a',
        href: '#source-1',
        number: 1,
        publisher: 'Publisher of a',
      },
      { date: '2016-12-11', kind: 'event', text: 'The “e1” event', href: '/timeline/#event-e1' },
    ]);
    expect(groups[1]!.rows[0]).toMatchObject({ href: '#source-2', text: 'Title of b' });
  });

  it('lists each source and event once, in the first group that has it', () => {
    const groups = datedGroups(
      {
        known: [source('a', '2016-12-10'), source('a', '2016-12-10')],
        later: [source('a', '2016-12-10'), event('e1', '2017-01-01')],
        maybeAfter: [],
        undated: [event('e1', 'undated')],
      },
      '2016-12-12',
      numbers,
      shortTitles,
    );
    const rows = groups.flatMap((g) => g.rows.map((r) => r.href));
    expect(rows).toEqual(['#source-1', '/timeline/#event-e1']);
    expect(groups.map((g) => g.key)).toEqual(['known', 'later']);
  });
});

describe('figuresDiffer', () => {
  it('is false when every figure has the same value, whatever its qualifier', () => {
    expect(figuresDiffer([{ value: 300 }, { value: 300 }, { value: 300 }])).toBe(false);
    expect(figuresDiffer([{ value: 300 }])).toBe(false);
    expect(figuresDiffer([{ value: 300 }, { value: 4000 }])).toBe(true);
  });
});

describe('headings and the finding', () => {
  it('starts an origin heading with a capital', () => {
    expect(sentenceCase('the Syrian government')).toBe('The Syrian government');
    expect(sentenceCase('AFP, in its own words')).toBe('AFP, in its own words');
  });
  it('takes the first sentence of an explanation, past “U.S.”', () => {
    expect(firstSentence('The U.S. said so. Others did not.')).toBe('The U.S. said so.');
  });
});
