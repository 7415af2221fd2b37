import { describe, expect, it } from 'vitest';
import {
  dateSpan,
  hasIndependentOrigins,
  originsBySide,
  restsOnOneSide,
  sourceChain,
  splitByDay,
  supportedStatusProblem,
  type EvidenceParty,
  type EvidenceSource,
} from '~/model/evidence.ts';
import { checkIntegrity, type IntegrityInput } from '~/model/integrity.ts';
import { schemas } from '~/model/schemas.ts';

/** Citations that back the claim, by source id. */
const backs = (...ids: string[]) => ids.map((source) => ({ source, role: 'backs' }));

const sources = new Map<string, EvidenceSource>(
  (
    [
      { id: 'tass-mod', publisher: 'TASS', relays: ['mod'] },
      { id: 'rferl-copy', publisher: 'RFE/RL', relays: [], basedOn: ['tass-mod'] },
      { id: 'copy-of-copy', publisher: 'Blog', relays: [], basedOn: ['rferl-copy'] },
      { id: 'rt-mod', publisher: 'RT', relays: ['mod'] },
      { id: 'centcom', publisher: 'CENTCOM', relays: ['coalition'] },
      { id: 'monitor', publisher: 'Paper', relays: ['sohr'] },
      { id: 'own-a', publisher: 'China Daily', relays: [] },
      { id: 'own-b', publisher: 'china daily ', relays: [] },
      { id: 'own-c', publisher: 'The Guardian', relays: [] },
      { id: 'loop-a', publisher: 'A', relays: [], basedOn: ['loop-b'] },
      { id: 'loop-b', publisher: 'B', relays: [], basedOn: ['loop-a'] },
      { id: 'dangling', publisher: 'C', relays: [], basedOn: ['missing'] },
      { id: 'kremlin', publisher: 'Deccan Chronicle', relays: ['kremlin'], basedOn: ['ap'] },
      { id: 'state-dept', publisher: 'State Department', relays: ['usgov'] },
      { id: 'afp-rappler', publisher: 'Rappler', relays: [], basedOn: ['afp'] },
      { id: 'afp-yahoo', publisher: 'Yahoo News', relays: [], basedOn: ['afp'] },
      { id: 'afp-copy-of-copy', publisher: 'Blog', relays: [], basedOn: ['afp-yahoo'] },
      { id: 'ap-own', publisher: 'The Epoch Times', relays: [], basedOn: ['ap'] },
      { id: 'tass-own', publisher: 'TASS', relays: [], publisherSide: 'kremlin' },
      { id: 'afp-reuters', publisher: 'RFE/RL', relays: [], basedOn: ['afp', 'reuters'] },
      { id: 'reuters-copy', publisher: 'Tasnim', relays: [], basedOn: ['reuters'] },
      { id: 'state-agencies', publisher: 'Digest', relays: [], basedOn: ['tass', 'ria-novosti'] },
      { id: 'two-branches', publisher: 'Blog', relays: [], basedOn: ['afp-yahoo', 'afp-reuters', 'afp'] },
    ] satisfies EvidenceSource[]
  ).map((s) => [s.id, s]),
);
const parties = new Map<string, EvidenceParty>(
  (
    [
      { id: 'mod', name: 'the Russian Defence Ministry', partyToConflict: true, side: 'kremlin' },
      { id: 'kremlin', name: 'the Russian government', partyToConflict: true },
      { id: 'coalition', name: 'the US-led coalition', partyToConflict: true, side: 'usgov' },
      { id: 'usgov', name: 'the US government', partyToConflict: true },
      { id: 'watchdog', name: 'a state auditor', partyToConflict: false, side: 'kremlin' },
      { id: 'sohr', name: 'the Syrian Observatory for Human Rights', partyToConflict: false },
    ] satisfies EvidenceParty[]
  ).map((p) => [p.id, p]),
);

describe('sourceChain', () => {
  it('ends at the parties a source relays', () => {
    expect(sourceChain('tass-mod', sources)).toEqual({
      sources: ['tass-mod'],
      agencies: [],
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
  it('ends a wire copy at its agency, so that copies of one story share one origin', () => {
    expect(sourceChain('afp-rappler', sources)).toMatchObject({
      agencies: ['afp'],
      origins: [{ kind: 'publisher', name: 'AFP' }],
    });
    expect(sourceChain('afp-copy-of-copy', sources).origins).toEqual([{ kind: 'publisher', name: 'AFP' }]);
    expect(sourceChain('afp-copy-of-copy', sources).sources).toEqual(['afp-copy-of-copy', 'afp-yahoo']);
  });
  it('keeps the relayed parties as the origins of a wire copy that relays someone', () => {
    expect(sourceChain('kremlin', sources)).toMatchObject({
      agencies: ['ap'],
      origins: [{ kind: 'party', id: 'kremlin' }],
    });
  });
  it('counts a report drawing on several agencies through every one of them', () => {
    expect(sourceChain('afp-reuters', sources)).toMatchObject({
      agencies: ['afp', 'reuters'],
      origins: [
        { kind: 'publisher', name: 'AFP' },
        { kind: 'publisher', name: 'Reuters' },
      ],
    });
    // Three branches that meet again at AFP: each agency and each source counted once.
    const chain = sourceChain('two-branches', sources);
    expect(chain.sources).toEqual(['two-branches', 'afp-yahoo', 'afp-reuters']);
    expect(chain.agencies).toEqual(['afp', 'reuters']);
    expect(chain.origins.map((o) => (o.kind === 'publisher' ? o.name : o.id))).toEqual(['AFP', 'Reuters']);
  });
  it('never counts a copy of two agencies as a third origin beside copies of each', () => {
    const sides = originsBySide(['afp-reuters', 'afp-yahoo', 'reuters-copy'], sources, parties);
    expect(sides.map((s) => s.label)).toEqual(['AFP', 'Reuters']);
  });
  it("counts Russia's state agencies on the Russian government's side, whichever source names them", () => {
    expect(sourceChain('state-agencies', sources).origins).toEqual([
      { kind: 'publisher', name: 'TASS', side: 'russian-government' },
      { kind: 'publisher', name: 'RIA Novosti', side: 'russian-government' },
    ]);
    const withRussia = new Map(parties).set('russian-government', {
      id: 'russian-government',
      name: 'the Russian government',
      partyToConflict: true,
    });
    expect(hasIndependentOrigins(['state-agencies'], sources, withRussia)).toBe(false);
    expect(originsBySide(['state-agencies'], sources, withRussia).map((s) => s.label)).toEqual([
      'the Russian government',
    ]);
  });
  it('reports a loop and an unknown id instead of running forever', () => {
    expect(sourceChain('loop-a', sources).problem).toMatch(/loop: loop-a → loop-b → loop-a/);
    expect(sourceChain('dangling', sources).problem).toMatch(/"missing" is not an id/);
  });
});

describe('sides and the rule for supported', () => {
  it('refuses two sources that trace to one party', () => {
    expect(hasIndependentOrigins(['tass-mod', 'rt-mod', 'rferl-copy'], sources, parties)).toBe(false);
    const problem = supportedStatusProblem(
      { status: 'supported', sources: backs('tass-mod', 'rferl-copy') },
      sources,
      parties,
    );
    expect(problem).toMatch(/trace only to the Russian government's side \(the Russian Defence Ministry\)/);
    expect(problem).toMatch(/partly-supported or unverified/);
  });
  it('counts two organs of one government as one side', () => {
    expect(originsBySide(['tass-mod', 'kremlin'], sources, parties).map((s) => s.key)).toEqual(['side:kremlin']);
    expect(hasIndependentOrigins(['tass-mod', 'kremlin'], sources, parties)).toBe(false);
    expect(
      supportedStatusProblem({ status: 'supported', sources: backs('tass-mod', 'kremlin') }, sources, parties),
    ).toMatch(
      /the Russian government's side \(the Russian Defence Ministry, the Russian government\), a party to the conflict/,
    );
  });
  it('counts a non-combatant organ of a government on its side: it is not an independent origin', () => {
    const withWatchdog = new Map(sources).set('audit', { id: 'audit', publisher: 'Audit', relays: ['watchdog'] });
    expect(hasIndependentOrigins(['tass-mod', 'audit'], withWatchdog, parties)).toBe(false);
  });
  it("counts a state agency's own words on its government's side", () => {
    expect(sourceChain('tass-own', sources).origins).toEqual([{ kind: 'publisher', name: 'TASS', side: 'kremlin' }]);
    expect(hasIndependentOrigins(['tass-own', 'tass-mod'], sources, parties)).toBe(false);
    expect(restsOnOneSide(['tass-own', 'tass-mod'], sources, parties)).toMatchObject({
      side: { id: 'kremlin' },
      parties: [{ id: 'mod' }],
    });
    expect(hasIndependentOrigins(['tass-own', 'monitor'], sources, parties)).toBe(true);
  });
  it('counts the coalition on the US side', () => {
    expect(hasIndependentOrigins(['centcom', 'state-dept'], sources, parties)).toBe(false);
  });
  it('refuses two sides when both are parties to the conflict', () => {
    expect(hasIndependentOrigins(['tass-mod', 'centcom'], sources, parties)).toBe(false);
  });
  it('accepts two sides when one is not a party to the conflict', () => {
    expect(hasIndependentOrigins(['tass-mod', 'monitor'], sources, parties)).toBe(true);
    expect(hasIndependentOrigins(['own-a', 'own-c'], sources, parties)).toBe(true);
    expect(hasIndependentOrigins(['ap-own', 'tass-mod'], sources, parties)).toBe(true);
  });
  it('never counts a copy as a second origin: two reprints of one AFP story are one', () => {
    expect(hasIndependentOrigins(['afp-rappler', 'afp-yahoo', 'afp-copy-of-copy'], sources, parties)).toBe(false);
    expect(
      supportedStatusProblem({ status: 'supported', sources: backs('afp-rappler', 'afp-yahoo') }, sources, parties),
    ).toMatch(/trace only to AFP\. /);
  });
  it('counts one publisher once, whatever its spelling of spaces and case', () => {
    expect(hasIndependentOrigins(['own-a', 'own-b'], sources, parties)).toBe(false);
  });
  it('counts only the citations that back the claim: a second side cited for context or later lends no support', () => {
    for (const role of ['context', 'later', 'disputes']) {
      const problem = supportedStatusProblem(
        { status: 'supported', sources: [...backs('tass-mod'), { source: 'monitor', role }] },
        sources,
        parties,
      );
      expect(problem, role).toMatch(
        /only citations with role: backs count, not the 1 disputing, context or later one\)/,
      );
      expect(problem, role).toMatch(/the backing sources trace only to the Russian government's side/);
    }
    expect(
      supportedStatusProblem({ status: 'supported', sources: backs('tass-mod', 'monitor') }, sources, parties),
    ).toBeUndefined();
  });
  it('applies only to supported', () => {
    expect(
      supportedStatusProblem({ status: 'unverified', sources: backs('tass-mod') }, sources, parties),
    ).toBeUndefined();
    expect(
      supportedStatusProblem({ status: 'supported', sources: backs('tass-mod', 'monitor') }, sources, parties),
    ).toBeUndefined();
  });
});

describe('restsOnOneSide', () => {
  it("names the one side all of a claim's sources trace to, with its parties", () => {
    const one = restsOnOneSide(['tass-mod', 'rt-mod', 'copy-of-copy', 'kremlin'], sources, parties);
    expect(one?.side.id).toBe('kremlin');
    expect(one?.parties.map((p) => p.id)).toEqual(['mod', 'kremlin']);
    expect(restsOnOneSide(['centcom', 'state-dept'], sources, parties)?.side.name).toBe('the US government');
  });
  it('is undefined for several sides, or for a publisher speaking for itself', () => {
    expect(restsOnOneSide(['tass-mod', 'monitor'], sources, parties)).toBeUndefined();
    expect(restsOnOneSide(['own-a'], sources, parties)).toBeUndefined();
    expect(restsOnOneSide(['afp-rappler'], sources, parties)).toBeUndefined();
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
  it('puts a source dated to a range of days that includes the day apart: it may be after the article', () => {
    const split = splitByDay(
      [
        { id: 'range-over-day', date: '2016-12-12/2016-12-13' },
        { id: 'range-before', date: '2016-12-10/2016-12-11' },
        { id: 'range-after', date: '2016-12-13/2016-12-14' },
      ],
      (i) => i.date,
      '2016-12-12',
    );
    expect(split.maybeAfter.map((i) => i.id)).toEqual(['range-over-day']);
    expect(split.known.map((i) => i.id)).toEqual(['range-before']);
    expect(split.later.map((i) => i.id)).toEqual(['range-after']);
    expect(split.undated).toEqual([]);
    expect(dateSpan('2016-12-12/2016-12-13')).toEqual({ first: '2016-12-12', last: '2016-12-13' });
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

describe('the evidence rules in the integrity check (build and npm run check)', () => {
  const input = (): IntegrityInput => ({
    articles: [{ id: 'a', file: 'content/articles/a.mdx', speakers: ['pf'], claimRefs: ['c1'], speakerRefs: [] }],
    claims: [
      {
        id: 'c1',
        file: 'content/claims/c1.yaml',
        speaker: 'pf',
        sources: [
          { source: 'tass', role: 'backs' },
          { source: 'rt', role: 'backs' },
        ],
        events: [],
        status: 'supported',
        figures: [{ givenBy: 'mod', source: 'tass' }, { givenBy: 'pf' }],
      },
    ],
    speakers: [{ id: 'pf', file: 'content/speakers/pf.yaml', factSources: [['tass']] }],
    events: [],
    sources: [
      { id: 'tass', file: 'content/sources/tass.yaml', publisher: 'TASS', relays: ['mod'] },
      { id: 'rt', file: 'content/sources/rt.yaml', publisher: 'RT', basedOn: ['tass'] },
      { id: 'monitor', file: 'content/sources/monitor.yaml', publisher: 'Paper', relays: ['sohr'] },
    ],
    parties: [
      { id: 'mod', file: 'content/parties/mod.yaml', name: 'the MoD', partyToConflict: true, sources: ['tass'] },
      { id: 'sohr', file: 'content/parties/sohr.yaml', name: 'SOHR', partyToConflict: false, sources: ['monitor'] },
    ],
  });

  it('refuses a supported claim whose sources trace to one party, naming the file and the status field', () => {
    const problems = checkIntegrity(input());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/claims/c1.yaml', field: 'status' });
    expect(problems[0]!.message).toMatch(/trace only to the MoD.*change the status/);
  });

  it('passes once an independent source is added', () => {
    const fixed = input();
    fixed.claims[0]!.sources.push({ source: 'monitor', role: 'backs' });
    expect(checkIntegrity(fixed)).toEqual([]);
  });

  it('asks for a translation of a passage from a source not in English, and refuses one for a source in English', () => {
    const bad = input();
    bad.sources[0]!.language = 'ru';
    bad.claims[0]!.sources = [
      { source: 'tass', role: 'backs' },
      { source: 'rt', role: 'backs', translated: true },
      { source: 'monitor', role: 'backs' },
    ];
    expect(checkIntegrity(bad).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'sources[0].translation: is required: the source is in Russian (language: ru), so give the passage in English too, translation: "…"',
      expect.stringMatching(
        /^sources\[1\]\.translation: is for a source not in English, and this one is in English: remove/,
      ),
    ]);
    // A regional tag of English is English: no translation.
    bad.sources[1]!.language = 'en-GB';
    expect(checkIntegrity(bad).map((p) => p.field)).toEqual(['sources[0].translation', 'sources[1].translation']);
    bad.claims[0]!.sources = [
      { source: 'tass', role: 'backs', translated: true },
      { source: 'rt', role: 'context' },
      { source: 'monitor', role: 'backs' },
    ];
    expect(checkIntegrity(bad)).toEqual([]);
  });

  it('refuses "later" for a source older than the article; the same day, a later day or no date pass', () => {
    const at = (published: string, role = 'later') => {
      const case_ = input();
      case_.articles[0]!.published = '2016-12-12';
      case_.claims[0]!.status = 'unverified';
      case_.sources[2]!.published = published;
      case_.claims[0]!.sources.push({ source: 'monitor', role });
      return checkIntegrity(case_).map((p) => `${p.field}: ${p.message}`);
    };
    expect(at('2016-12-11')).toEqual([
      'sources[2].role: is "later" (what happened after the article), but the source is dated 2016-12-11, before the article (2016-12-12): use context for what came before, or backs or disputes',
    ]);
    expect(at('2016-11')).toHaveLength(1);
    for (const published of ['2016-12-12', '2016-12', '2017-03-02', '2016-12-11/2016-12-13', 'undated'])
      expect(at(published), published).toEqual([]);
    expect(at('2016-12-11', 'context')).toEqual([]);
  });

  it('names unknown parties, a basedOn loop, an unknown figure giver and figure source', () => {
    const bad = input();
    bad.claims[0]!.status = 'unverified';
    bad.sources[0]!.relays = ['nobody'];
    bad.sources[1]!.basedOn = ['rt'];
    bad.sources[2]!.basedOn = ['afp', 'ghost'];
    bad.claims[0]!.figures = [{ givenBy: 'someone', source: 'lost' }];
    const problems = checkIntegrity(bad).map((p) => `${p.file} ${p.field}: ${p.message}`);
    expect(problems).toHaveLength(5);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/sources\/tass.yaml relays\[0\]: "nobody" is not an id in content\/parties\//),
        expect.stringMatching(/^content\/sources\/rt.yaml basedOn: a source cannot be based on itself/),
        expect.stringMatching(/^content\/sources\/monitor.yaml basedOn: "ghost" is not an id in content\/sources\//),
        expect.stringMatching(/^content\/claims\/c1.yaml figures\[0\].givenBy: "someone" is not an id/),
        expect.stringMatching(/^content\/claims\/c1.yaml figures\[0\].source: "lost" is not an id/),
      ]),
    );
  });
});

describe('the claim schema: citations', () => {
  const claim = {
    speaker: 'pf',
    claim: 'Peter Ford says …',
    quote: 'the words',
    status: 'opinion',
    explanation: 'What the sources say.',
  };
  const issues = (sources: unknown) =>
    schemas.claims.safeParse({ ...claim, sources }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  it('takes a source with its role, passage and an optional translation', () => {
    expect(issues([{ source: 'tass', role: 'backs', passage: 'More than 4,000 militants' }])).toBeUndefined();
    expect(
      issues([{ source: 'sana', role: 'later', passage: 'نحو 4000', translation: 'About 4,000' }]),
    ).toBeUndefined();
  });
  it('refuses a citation without its role or passage, an unknown role, and a source id alone, saying what to write', () => {
    expect(issues([{ source: 'tass', passage: 'words' }])).toEqual([
      'sources.0.role: is required: say what the source does for the claim, role: backs | disputes | context | later',
    ]);
    expect(issues([{ source: 'tass', role: 'backs' }])).toEqual([
      expect.stringMatching(/^sources\.0\.passage: is required: copy the words the note relies on/),
    ]);
    expect(issues([{ source: 'tass', role: 'backs', passage: '  ' }])).toEqual([
      expect.stringMatching(/^sources\.0\.passage: must not be empty/),
    ]);
    expect(issues([{ source: 'tass', role: 'supports', passage: 'words' }])).toEqual([
      expect.stringMatching(/^sources\.0\.role: "supports" is not a role: use one of backs, disputes, context, later/),
    ]);
    expect(issues(['tass'])).toEqual([
      expect.stringMatching(
        /^sources\.0: "tass" is a source id alone: cite it with its role and passage, source: tass, role: backs/,
      ),
    ]);
    expect(issues([{ source: 'tass', role: 'backs', passage: 'words', page: 3 }])).toEqual([
      expect.stringMatching(/^sources\.0: Unrecognized key/),
    ]);
  });
});

describe('the claim schema: settle and figures', () => {
  const claim = {
    speaker: 'pf',
    claim: 'Peter Ford says …',
    quote: 'the words',
    status: 'unverified',
    explanation: 'What the sources say.',
    sources: [{ source: 'tass', role: 'backs', passage: 'More than 4,000 militants' }],
  };
  it('requires settle on unverified and disputed claims, and only there', () => {
    const result = schemas.claims.safeParse(claim);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['settle'] });
    expect(result.error!.issues[0]!.message).toMatch(/what evidence would settle/);
    expect(schemas.claims.safeParse({ ...claim, status: 'disputed' }).success).toBe(false);
    expect(schemas.claims.safeParse({ ...claim, settle: 'Casualty records would.' }).success).toBe(true);
    expect(schemas.claims.safeParse({ ...claim, status: 'opinion' }).success).toBe(true);
  });
  it('takes figures with a qualifier from the list, and needs a giver or a source', () => {
    const ok = {
      ...claim,
      status: 'opinion',
      figures: [{ value: 5000, qualifier: 'more than', counts: 'x', givenBy: 'mod', date: '2016-12-12' }],
    };
    expect(schemas.claims.safeParse(ok).success).toBe(true);
    const badQualifier = schemas.claims.safeParse({
      ...ok,
      figures: [{ ...ok.figures[0], qualifier: 'roughly' }],
    });
    expect(badQualifier.error!.issues[0]!.message).toMatch(/"roughly" is not a qualifier/);
    const nobody = schemas.claims.safeParse({ ...ok, figures: [{ value: 1, counts: 'x', date: '2016' }] });
    expect(nobody.error!.issues[0]).toMatchObject({ path: ['figures', 0, 'givenBy'] });
  });
});
