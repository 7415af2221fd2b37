import { describe, expect, it } from 'vitest';
import { barEnd, figureChart, TRACK, TRACK_WIDTH, valueText, type FigureView } from '~/edition/figure-chart.ts';
import { chainSentence, type SourceChainView } from '~/edition/source-chain.ts';

const figure = (value: number, extra: Partial<FigureView> = {}): FigureView => ({
  value,
  counts: 'ISIS fighters in the attack on Palmyra',
  givenBy: 'the Russian Defence Ministry',
  date: '2016-12-12',
  reportedBy: 'TASS',
  ...extra,
});

describe('figureChart', () => {
  it('draws each bar in proportion to its value, the largest the full track', () => {
    const chart = figureChart([figure(5000, { qualifier: 'more than' }), figure(50000), figure(0)]);
    expect(chart.max).toBe(50000);
    expect(chart.bars.map((b) => b.length)).toEqual([TRACK / 10, TRACK, 2]);
    expect(TRACK).toBeLessThan(TRACK_WIDTH);
  });
  it('labels each bar by who gave it, when and where', () => {
    const [bar] = figureChart([figure(4000, { qualifier: 'about' })]).bars;
    expect(bar!.label).toBe('the Russian Defence Ministry, 12 December 2016 (TASS)');
    expect(bar!.valueText).toBe('about 4,000');
  });
  it('marks lower and upper bounds differently', () => {
    expect(barEnd('more than')).toBe('open');
    expect(barEnd('at least')).toBe('open');
    expect(barEnd('up to')).toBe('capped');
    expect(barEnd('about')).toBe('approximate');
    expect(barEnd(undefined)).toBe('exact');
    expect(valueText({ value: 300, qualifier: 'up to' })).toBe('up to 300');
  });
  it('has room for an empty set', () => {
    expect(figureChart([]).bars).toEqual([]);
  });
});

describe('chainSentence', () => {
  const link = (publisher: string) => ({ id: publisher.toLowerCase(), title: 't', publisher, href: 'https://x.org/' });
  const view = (over: Partial<SourceChainView>): SourceChainView => ({
    source: link('TASS'),
    basedOn: [],
    agencies: [],
    origins: [{ key: 'party:mod', name: 'the Russian Defence Ministry', kind: 'party', partyToConflict: true }],
    ...over,
  });
  it('says whose word a source relays', () => {
    expect(chainSentence(view({}))).toBe('TASS, relaying the Russian Defence Ministry');
  });
  it('follows basedOn', () => {
    expect(chainSentence(view({ source: link('RT'), basedOn: [link('TASS')] }))).toBe(
      'RT, based on TASS, relaying the Russian Defence Ministry',
    );
  });
  it('names every agency a report draws on', () => {
    expect(
      chainSentence(
        view({
          source: link('Moneycontrol'),
          agencies: ['PTI', 'AP'],
          origins: [
            { key: 'publisher:pti', name: 'PTI', kind: 'publisher', partyToConflict: false },
            { key: 'publisher:ap', name: 'AP', kind: 'publisher', partyToConflict: false },
          ],
        }),
      ),
    ).toBe('Moneycontrol, based on PTI and AP, in its own words');
  });
  it('lists several parties, and a source speaking for itself', () => {
    expect(
      chainSentence(
        view({
          origins: [
            { key: 'party:kremlin', name: 'the Russian government', kind: 'party', partyToConflict: true },
            { key: 'party:usgov', name: 'the US government', kind: 'party', partyToConflict: true },
            {
              key: 'party:sohr',
              name: 'the Syrian Observatory for Human Rights',
              kind: 'party',
              partyToConflict: false,
            },
          ],
        }),
      ),
    ).toBe('TASS, relaying the Russian government, the US government and the Syrian Observatory for Human Rights');
    expect(
      chainSentence(
        view({
          source: link('China Daily'),
          origins: [{ key: 'publisher:china daily', name: 'China Daily', kind: 'publisher', partyToConflict: false }],
        }),
      ),
    ).toBe('China Daily, in its own words');
  });
});
