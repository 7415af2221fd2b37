import { describe, expect, it } from 'vitest';
import { checkIntegrity, formatProblems, type IntegrityInput } from '~/model/integrity.ts';

const valid = (): IntegrityInput => ({
  articles: [
    {
      id: 'a',
      file: 'content/articles/a.mdx',
      speakers: ['pf'],
      claimRefs: ['c1'],
      speakerRefs: ['pf'],
    },
  ],
  claims: [
    {
      id: 'c1',
      file: 'content/claims/c1.yaml',
      speaker: 'pf',
      sources: [{ source: 's1', role: 'backs' }],
      events: ['e1'],
    },
  ],
  speakers: [{ id: 'pf', file: 'content/speakers/pf.yaml', factSources: [['s1']] }],
  events: [{ id: 'e1', file: 'content/events/e1.yaml', sources: ['s1'] }],
  sources: [{ id: 's1', file: 'content/sources/s1.yaml' }],
});

describe('checkIntegrity', () => {
  it('finds nothing wrong with consistent content', () => {
    expect(checkIntegrity(valid())).toEqual([]);
  });

  it('names the file and field of every unknown id, all at once', () => {
    const input = valid();
    input.claims[0]!.sources = [
      { source: 's1', role: 'backs' },
      { source: 'nope', role: 'context' },
    ];
    input.claims[0]!.events = ['e1', 'missing-event'];
    input.speakers[0]!.factSources = [['s1'], ['gone']];
    input.events[0]!.sources = ['lost'];
    const problems = checkIntegrity(input);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/claims/c1.yaml sources[1].source',
      'content/claims/c1.yaml events[1]',
      'content/speakers/pf.yaml facts[1].sources[0]',
      'content/events/e1.yaml sources[0]',
    ]);
    expect(problems[0]!.message).toMatch(/"nope" is not an id in content\/sources\//);
  });

  it('reports an unknown claim id in the article, naming the article file', () => {
    const input = valid();
    input.articles[0]!.claimRefs = ['c1', 'typo'];
    const [problem, ...rest] = checkIntegrity(input);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/articles/a.mdx', field: '<Claim id="typo">' });
  });

  it('reports an unknown speaker label and a speaker missing from the frontmatter', () => {
    const input = valid();
    input.articles[0]!.speakerRefs = ['pf', 'nobody'];
    input.speakers.push({ id: 'rf', file: 'content/speakers/rf.yaml', factSources: [['s1']] });
    input.articles[0]!.speakerRefs.push('rf');
    const problems = checkIntegrity(input);
    expect(problems.map((p) => p.field)).toEqual(['<SpeakerLabel id="nobody">', 'speakers']);
  });

  it('reports a claim whose speaker is not among the article speakers', () => {
    const input = valid();
    input.speakers.push({ id: 'rf', file: 'content/speakers/rf.yaml', factSources: [['s1']] });
    input.claims[0]!.speaker = 'rf';
    expect(checkIntegrity(input)).toEqual([
      expect.objectContaining({ file: 'content/articles/a.mdx', field: 'speakers' }),
    ]);
  });

  it('reports a claim that no article refers to', () => {
    const input = valid();
    input.claims.push({
      id: 'orphan',
      file: 'content/claims/orphan.yaml',
      speaker: 'pf',
      sources: [{ source: 's1', role: 'backs' }],
      events: [],
    });
    expect(checkIntegrity(input)).toEqual([
      expect.objectContaining({
        file: 'content/claims/orphan.yaml',
        message: expect.stringMatching(/no article refers/),
      }),
    ]);
  });

  it('checks a place: its sources, claims and events must exist, each named by file and field', () => {
    const input = valid();
    input.places = [
      { id: 'p1', file: 'content/places/p1.yaml', sources: ['s1', 'gone'], claims: ['c1', 'typo'], events: ['nope'] },
    ];
    const problems = checkIntegrity(input);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/places/p1.yaml sources[1]',
      'content/places/p1.yaml claims[1]',
      'content/places/p1.yaml events[0]',
    ]);
    expect(problems[1]!.message).toMatch(/"typo" is not an id in content\/claims\//);
  });

  it('checks a route: both ends must be places, distinct, and its claims must exist', () => {
    const input = valid();
    input.places = [{ id: 'p1', file: 'content/places/p1.yaml', sources: ['s1'], claims: [], events: [] }];
    input.routes = [
      { id: 'r1', file: 'content/routes/r1.yaml', from: 'p1', to: 'p1', claims: ['c1'] },
      { id: 'r2', file: 'content/routes/r2.yaml', from: 'nowhere', to: 'p1', claims: ['missing'] },
    ];
    expect(checkIntegrity(input).map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/routes/r1.yaml to',
      'content/routes/r2.yaml from',
      'content/routes/r2.yaml claims[0]',
    ]);
    input.routes = [{ id: 'r1', file: 'content/routes/r1.yaml', from: 'p1', to: 'p1', claims: ['c1'] }];
    input.places.push({ id: 'p2', file: 'content/places/p2.yaml', sources: ['s1'], claims: ['c1'], events: ['e1'] });
    input.routes[0]!.to = 'p2';
    expect(checkIntegrity(input)).toEqual([]);
  });

  it('formats problems as one list', () => {
    expect(formatProblems([{ file: 'f.yaml', field: 'url', message: 'bad' }])).toBe(
      'The content has 1 problem:\n  - f.yaml → url: bad',
    );
  });
});
