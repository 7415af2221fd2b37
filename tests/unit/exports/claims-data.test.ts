import { describe, expect, it } from 'vitest';
import { checkClaimsData, statusList, type ClaimsData, type ClaimsDataClaim } from '~/exports/claims-data.ts';

const claim = (id: string, number: number, overrides: Partial<ClaimsDataClaim> = {}): ClaimsDataClaim => ({
  id,
  number,
  article: 'a',
  url: `https://e.example/articles/a/#claim-${id}`,
  speaker: { id: 'pf', name: 'Peter Ford', url: 'https://e.example/speakers/pf/' },
  status: 'unverified',
  statusLabel: 'Unverified',
  verdict: true,
  claim: 'A claim.',
  explanation: 'An explanation.',
  quotes: ['words'],
  sources: [
    {
      id: 's',
      title: 'T',
      publisher: 'P',
      published: '2016',
      url: 'https://s.example/',
      language: 'en',
      retrieved: '2026-11-25',
      retrievedAs: 'read',
    },
  ],
  citations: [
    {
      source: 's',
      role: 'backs',
      roleLabel: 'Backs the claim',
      passage: 'words',
      url: 'https://s.example/#:~:text=words',
    },
  ],
  events: [],
  restsOnOneSide: null,
  reviewed: { published: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', datesFrom: 'git' },
  ...overrides,
});
const data = (claims: ClaimsDataClaim[], count = claims.length): ClaimsData => ({
  generator: 'test',
  articles: [
    {
      id: 'a',
      title: 'A',
      url: 'https://e.example/articles/a/',
      originalUrl: 'https://o.example/',
      published: '2016-12-12',
      claims: count,
    },
  ],
  statuses: statusList(),
  claims,
});

describe('checkClaimsData', () => {
  it('accepts consistent data', () => {
    expect(checkClaimsData(data([claim('a1', 1), claim('a2', 2)]))).toEqual([]);
  });
  it("refuses a supported claim that rests on one side's word", () => {
    const russia = {
      side: { id: 'russian-government', name: 'the Russian government' },
      parties: [{ id: 'russian-defence-ministry', name: 'the Russian Defence Ministry' }],
    };
    expect(checkClaimsData(data([claim('a1', 1, { restsOnOneSide: russia })]))).toEqual([]);
    expect(checkClaimsData(data([claim('a1', 1, { status: 'supported', restsOnOneSide: russia })]))).toEqual([
      `claim "a1" is supported but rests on one side's word (the Russian government)`,
    ]);
  });

  it('reports duplicates, gaps in the numbering, missing sources and words', () => {
    expect(
      checkClaimsData(data([claim('a1', 1), claim('a1', 3, { sources: [], quotes: [], article: 'b' })], 3)),
    ).toEqual([
      'claim "a1" is listed twice',
      'claim "a1" has no source',
      'claim "a1" cites "s", which is not among its sources',
      'claim "a1" has no words in the article',
      'claim "a1" names an unknown article "b"',
      'article "a" says 3 claims but lists 1',
    ]);
  });

  it('refuses a citation without its passage', () => {
    const c = claim('a1', 1);
    c.citations[0]!.passage = ' ';
    expect(checkClaimsData(data([c]))).toEqual(['claim "a1" cites "s" without a passage']);
  });
});

describe('statusList', () => {
  it('marks which statuses are verdicts', () => {
    const verdicts = Object.fromEntries(statusList().map((s) => [s.id, s.verdict]));
    expect(verdicts).toMatchObject({
      supported: true,
      contradicted: true,
      opinion: false,
      context: false,
      speculation: false,
    });
  });
});
