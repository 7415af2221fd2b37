import { describe, expect, it } from 'vitest';
import {
  dateSpan,
  independentPair,
  sourceChain,
  splitByDay,
  supportedStatusProblem,
  type EvidenceParty,
  type EvidenceSource,
} from '~/model/evidence.ts';

const sources = new Map<string, EvidenceSource>(
  (
    [
      { id: 'tass-mod', publisher: 'TASS', relays: ['mod'] },
      { id: 'rferl-copy', publisher: 'RFE/RL', relays: [], basedOn: 'tass-mod' },
      { id: 'copy-of-copy', publisher: 'Blog', relays: [], basedOn: 'rferl-copy' },
      { id: 'rt-mod', publisher: 'RT', relays: ['mod'] },
      { id: 'centcom', publisher: 'CENTCOM', relays: ['coalition'] },
      { id: 'monitor', publisher: 'Paper', relays: ['sohr'] },
      { id: 'own-a', publisher: 'China Daily', relays: [] },
      { id: 'own-b', publisher: 'china daily ', relays: [] },
      { id: 'own-c', publisher: 'The Guardian', relays: [] },
      { id: 'loop-a', publisher: 'A', relays: [], basedOn: 'loop-b' },
      { id: 'loop-b', publisher: 'B', relays: [], basedOn: 'loop-a' },
      { id: 'dangling', publisher: 'C', relays: [], basedOn: 'missing' },
    ] satisfies EvidenceSource[]
  ).map((s) => [s.id, s]),
);
const parties = new Map<string, EvidenceParty>(
  (
    [
      { id: 'mod', name: 'the Russian Defence Ministry', partyToConflict: true },
      { id: 'coalition', name: 'the US-led coalition', partyToConflict: true },
      { id: 'sohr', name: 'the Syrian Observatory for Human Rights', partyToConflict: false },
    ] satisfies EvidenceParty[]
  ).map((p) => [p.id, p]),
);

describe('sourceChain', () => {
  it('ends at the parties a source relays', () => {
    expect(sourceChain('tass-mod', sources)).toEqual({
      sources: ['tass-mod'],
      origins: [{ kind: 'party', id: 'mod' }],
      problem: undefined,
    });
  });
  it('follows basedOn to the source copied, and takes its origins', () => {
    const chain = sourceChain('copy-of-copy', sources);
    expect(chain.sources).toEqual(['copy-of-copy', 'rferl-copy', 'tass-mod']);
    expect(chain.origins).toEqual([{ kind: 'party', id: 'mod' }]);
  });
  it('ends at the publisher when nobody is relayed', () => {
    expect(sourceChain('own-a', sources).origins).toEqual([{ kind: 'publisher', name: 'China Daily' }]);
  });
  it('reports a loop and an unknown id instead of running forever', () => {
    expect(sourceChain('loop-a', sources).problem).toMatch(/loop: loop-a → loop-b → loop-a/);
    expect(sourceChain('dangling', sources).problem).toMatch(/"missing" is not an id/);
  });
});

describe('independentPair and the rule for supported', () => {
  it('refuses two sources that trace to one party', () => {
    expect(independentPair(['tass-mod', 'rt-mod', 'rferl-copy'], sources, parties)).toBeUndefined();
    const problem = supportedStatusProblem(
      { status: 'supported', sources: ['tass-mod', 'rferl-copy'] },
      sources,
      parties,
    );
    expect(problem).toMatch(/trace only to the Russian Defence Ministry/);
    expect(problem).toMatch(/partly-supported or unverified/);
  });
  it('refuses two different origins when both are parties to the conflict', () => {
    expect(independentPair(['tass-mod', 'centcom'], sources, parties)).toBeUndefined();
  });
  it('accepts different origins when one is not a party to the conflict', () => {
    expect(independentPair(['tass-mod', 'monitor'], sources, parties)).toEqual(['tass-mod', 'monitor']);
    expect(independentPair(['own-a', 'own-c'], sources, parties)).toEqual(['own-a', 'own-c']);
  });
  it('counts one publisher once, whatever its spelling of spaces and case', () => {
    expect(independentPair(['own-a', 'own-b'], sources, parties)).toBeUndefined();
  });
  it('applies only to supported', () => {
    expect(supportedStatusProblem({ status: 'unverified', sources: ['tass-mod'] }, sources, parties)).toBeUndefined();
    expect(
      supportedStatusProblem({ status: 'supported', sources: ['tass-mod', 'monitor'] }, sources, parties),
    ).toBeUndefined();
  });
});

describe('splitByDay', () => {
  const items = [
    { id: 'later', date: '2017-03-02' },
    { id: 'same-day', date: '2016-12-12' },
    { id: 'undated', date: 'undated' },
    { id: 'month', date: '2016-12' },
    { id: 'earlier-month', date: '2016-11' },
    { id: 'year-before', date: '2015' },
    { id: 'day-before', date: '2016-12-11' },
    { id: 'next-day', date: '2016-12-13' },
  ];
  it('puts what is dated on or before the day first, what is after next, and never guesses', () => {
    const split = splitByDay(items, (i) => i.date, '2016-12-12');
    expect(split.known.map((i) => i.id)).toEqual(['year-before', 'earlier-month', 'day-before', 'same-day']);
    expect(split.later.map((i) => i.id)).toEqual(['next-day', 'later']);
    expect(split.undated.map((i) => i.id)).toEqual(['month', 'undated']);
  });
  it('refuses a day that is not a date', () => {
    expect(() => splitByDay(items, (i) => i.date, 'undated')).toThrow(/not a date/);
  });
  it('dateSpan gives the first and last day a partial date can mean', () => {
    expect(dateSpan('2016-02')).toEqual({ first: '2016-02-01', last: '2016-02-29' });
    expect(dateSpan('2016')).toEqual({ first: '2016-01-01', last: '2016-12-31' });
    expect(dateSpan('undated')).toBeUndefined();
  });
});
