/**
 * The evidence model on the real content (issue 23): the claims and events
 * the second fact-check named trace where the sources say they do. The rules
 * themselves are tested on made-up input in evidence.test.ts and on the
 * check's fixtures in content-check.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readEntries } from '../../../tools/content-files.ts';
import {
  backingSourceIds,
  hasIndependentOrigins,
  originsBySide,
  restsOnOneSide,
  WIRE_AGENCY_SIDES,
  basedOnIds,
  sourceChain,
  splitByDay,
  type EvidenceParty,
  type EvidenceSource,
} from '~/model/evidence.ts';

const sourceEntries = readEntries('sources');
const sources = new Map<string, EvidenceSource>(
  sourceEntries.map((s) => [
    s.id,
    { id: s.id, publisher: s.publisher, relays: s.relays, basedOn: basedOnIds(s.basedOn) },
  ]),
);
const parties = new Map<string, EvidenceParty>(
  readEntries('parties').map((p) => [
    p.id,
    { id: p.id, name: p.name, partyToConflict: p.partyToConflict, side: p.side },
  ]),
);
const claims = new Map(readEntries('claims').map((c) => [c.id, c]));
const events = new Map(readEntries('events').map((e) => [e.id, e]));

describe('sides and wire copies in the content', () => {
  it("puts the Russian Defence Ministry on the Russian government's side, the coalition on the US side", () => {
    expect(parties.get('russian-defence-ministry')?.side).toBe('russian-government');
    expect(parties.get('us-led-coalition')?.side).toBe('us-government');
  });

  it("shows reinforcements-from-mosul on one side's word; coalition-no-finger, which no source backs, on none", () => {
    const on = (id: string) => restsOnOneSide(backingSourceIds(claims.get(id)!.sources), sources, parties)?.side.id;
    expect(on('reinforcements-from-mosul')).toBe('russian-government');
    // Townsend's words (14 Dec) came after the article: cited as later, they back nothing (issue 31).
    expect(backingSourceIds(claims.get('coalition-no-finger')!.sources)).toEqual([]);
    expect(on('coalition-no-finger')).toBeUndefined();
  });

  it('traces the wire copies the fact-check named to their agency', () => {
    expect(sourceChain('rappler-2016-12-11-aleppo-palmyra', sources).origins).toEqual([
      { kind: 'publisher', name: 'AFP' },
    ]);
    expect(sourceChain('newsfront-2016-12-13-kirby-mosul-palmyra', sources).agencies).toEqual(['ria-novosti']);
    expect(sourceChain('deccanchronicle-2016-12-12-russia-blames-us-palmyra', sources).agencies).toEqual(['ap']);
    expect(sourceChain('lwj-2016-12-palmyra-tanks', sources).sources).toContain('centcom-2016-12-16-captured-tanks');
    expect(sources.get('tass-2017-02-13-kremlin-palmyra')?.relays).toContain('russian-defence-ministry');
  });

  it('counts the reports drawing on several agencies through each of them', () => {
    expect(sourceChain('moneycontrol-2022-03-18-ofcom-rt', sources).origins).toEqual([
      { kind: 'publisher', name: 'PTI' },
      { kind: 'publisher', name: 'AP' },
    ]);
    expect(sourceChain('rferl-2016-12-22-aleppo-retaken', sources).agencies).toEqual(['reuters', 'afp', 'ap']);
    expect(sourceChain('rferl-2017-03-02-palmyra-recaptured', sources).agencies).toEqual(['interfax', 'tass']);
    // Several agencies, but the parties they relay stay the origins.
    expect(sourceChain('rferl-2017-03-02-palmyra-recaptured', sources).origins).toEqual([
      { kind: 'party', id: 'russian-defence-ministry' },
    ]);
  });

  it('marks the sources whose retrieval date is only when their file was added (not found in the stored pages)', () => {
    const entries = readEntries('sources');
    const filed = entries.filter((s) => s.retrievedAs === 'filed').map((s) => s.id);
    expect(filed.sort()).toEqual([
      'alarabiya-2015-09-01-palmyra-temple',
      'enacademic-aleppo',
      'moneycontrol-2022-03-18-ofcom-rt',
      'newburytoday-2014-05-27-ukip-south-east',
      'tradearabia-2016-10-17-mosul-battle-begins',
      'wikipedia-2015-02-02-mosul',
      'wikipedia-palmyra-revision-1182475003',
    ]);
    // Every other source was read on the day of a review: 4 December, or 6 December (issue 31's re-reading).
    for (const s of entries.filter((e) => e.retrievedAs !== 'filed'))
      expect(['2026-12-04', '2026-12-06'], s.id).toContain(s.retrieved);
  });

  it("names real parties as the state agencies' sides", () => {
    for (const side of Object.values(WIRE_AGENCY_SIDES)) expect(parties.has(side), side).toBe(true);
  });

  it('rests the Palmyra-retaken event of 2 March 2017 on two sides, one of them no party to the conflict', () => {
    const event = events.get('palmyra-retaken-2017')!;
    expect(originsBySide(event.sources, sources, parties).length).toBeGreaterThanOrEqual(2);
    expect(hasIndependentOrigins(event.sources, sources, parties)).toBe(true);
  });

  it('dates the sources the fact-check named, and marks the fragile addresses', () => {
    const date = (id: string) => sourceEntries.find((s) => s.id === id)?.published;
    expect(date('bbc-raqqas-dirty-secret')).toBe('2017-11-13');
    expect(date('irishtimes-syrian-army-retakes-palmyra')).toBe('2017-03-02');
    expect(date('lwj-2016-12-palmyra-tanks')).toBe('2016-12-16');
    // RFE/RL's report can be placed only on 12 or 13 December: "known on the day" says it may be after the article.
    expect(date('rferl-2016-12-russia-us-trade-barbs-palmyra')).toBe('2016-12-12/2016-12-13');
    const split = splitByDay(['rferl-2016-12-russia-us-trade-barbs-palmyra'], (id) => date(id)!, '2016-12-12');
    expect(split.maybeAfter).toEqual(['rferl-2016-12-russia-us-trade-barbs-palmyra']);
    const fragile = sourceEntries.filter((s) => s.fragile).map((s) => s.id);
    expect(fragile).toEqual(
      expect.arrayContaining([
        'freenews-2016-12-12-konashenkov-palmyra',
        'rusreality-2016-12-12-konashenkov-palmyra',
        'newsfront-2016-12-13-kirby-mosul-palmyra',
        'kiwix-wikipedia-2018-10-raqqa',
        'tass-2017-03-07-palmyra-civilians',
        'enacademic-aleppo',
        'insidesyria-2016-12-13-t4-attack',
      ]),
    );
  });
});
