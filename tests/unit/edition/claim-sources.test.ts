/**
 * A claim page's sources (src/edition/claim-sources.ts): grouped by the
 * origins their chains end at, numbered once each, counted for the verdict
 * box; on made-up chains, so that each rule is seen on its own.
 */
import { describe, expect, it } from 'vitest';
import { claimSourcesView, shortTitle, type SourceFacts } from '~/edition/claim-sources.ts';
import type { ChainOrigin, SourceChainView } from '~/edition/source-chain.ts';

const mod: ChainOrigin = {
  key: 'party:mod',
  name: 'the Russian Defence Ministry',
  kind: 'party',
  partyToConflict: true,
};
const sohr: ChainOrigin = { key: 'party:sohr', name: 'the Syrian Observatory', kind: 'party', partyToConflict: false };
const reuters: ChainOrigin = { key: 'publisher:reuters', name: 'Reuters', kind: 'publisher', partyToConflict: false };

const source = (id: string, publisher: string): SourceFacts => ({
  id,
  title: `Title of ${id}`,
  publisher,
  published: '2016-12-12',
  url: `https://example.org/${id}`,
  language: 'en',
});
const link = (id: string, publisher: string) => ({ id, title: id, publisher, href: `https://example.org/${id}` });
const chains: Record<string, SourceChainView> = {
  tass: { source: link('tass', 'TASS'), basedOn: [], agencies: [], origins: [mod] },
  rt: { source: link('rt', 'RT'), basedOn: [link('tass', 'TASS')], agencies: [], origins: [mod] },
  reuters: { source: link('reuters', 'Reuters'), basedOn: [], agencies: [], origins: [reuters] },
  afp: { source: link('afp', 'AFP'), basedOn: [link('elsewhere', 'Elsewhere')], agencies: [], origins: [sohr] },
};

describe('claimSourcesView', () => {
  const view = claimSourcesView(
    [source('tass', 'TASS'), source('reuters', 'Reuters'), source('rt', 'RT'), source('afp', 'AFP')],
    (id) => chains[id]!,
    [
      { source: 'tass', role: 'backs', passage: 'More than 4,000 militants have re-grouped' },
      { source: 'reuters', role: 'context', passage: 'Russian news agencies cited' },
      { source: 'tass', role: 'later', passage: 'The city was retaken' },
    ],
  );

  it('puts each passage under its source, in the order cited, with its role and a link to its words', () => {
    const passages = (id: string) => view.byId.get(id)!.passages;
    expect(passages('tass')).toEqual([
      {
        role: 'backs',
        roleLabel: 'Backs the claim',
        passage: 'More than 4,000 militants have re-grouped',
        translation: undefined,
        href: 'https://example.org/tass#:~:text=More%20than%204%2C000%20militants%20have%20re%2Dgrouped',
      },
      {
        role: 'later',
        roleLabel: 'What happened later',
        passage: 'The city was retaken',
        translation: undefined,
        href: 'https://example.org/tass#:~:text=The%20city%20was%20retaken',
      },
    ]);
    expect(passages('reuters').map((p) => p.roleLabel)).toEqual(['Context']);
    expect(passages('rt')).toEqual([]);
  });

  it('groups the sources by origin, in the order each origin first appears, and numbers them once each', () => {
    expect(view.groups.map((g) => g.label)).toEqual([
      'the Russian Defence Ministry',
      'Reuters, in its own words',
      'the Syrian Observatory',
    ]);
    expect(view.groups.map((g) => g.sources.map((s) => `${s.number}:${s.id}`))).toEqual([
      ['1:tass', '2:rt'],
      ['3:reuters'],
      ['4:afp'],
    ]);
    expect(['tass', 'reuters', 'rt', 'afp'].map((id) => view.byId.get(id)!.number)).toEqual([1, 3, 2, 4]);
  });

  it('names a copied source by publisher, with its number where the claim lists it', () => {
    expect(view.byId.get('rt')!.basedOn).toEqual([{ publisher: 'TASS', number: 1 }]);
    expect(view.byId.get('afp')!.basedOn).toEqual([{ publisher: 'Elsewhere', number: undefined }]);
  });

  it('counts sources, origins and the origins that are parties to the conflict', () => {
    expect(view.counts).toEqual({ sources: 4, origins: 3, partiesToConflict: 1 });
  });
});

describe('shortTitle', () => {
  it('keeps a short headline whole and cuts a long one at a word, with an ellipsis', () => {
    expect(shortTitle('Palmyra retaken')).toBe('Palmyra retaken');
    const long =
      'Lt-Gen Viktor Poznikhir of the Russian General Staff says the situation near Palmyra has been stabilised and that Russia is helping';
    const short = shortTitle(long);
    expect(short.length).toBeLessThanOrEqual(91);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(long[short.length - 1]).toBe(' ');
  });
});
