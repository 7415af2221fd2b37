import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  claimStatus,
  httpsUrl,
  partialDate,
  placeFields,
  routeFields,
  sourceDate,
  sourceSchema,
} from '~/model/schemas.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const goodSource = {
  title: 'Airstrikes destroy ISIL’s captured tanks',
  publisher: 'US Central Command',
  published: '2016-12-16',
  url: 'https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/1032110/airstrikes-destroy-isils-captured-tanks/',
  retrieved: '2026-11-25',
};

describe('source schema', () => {
  it('accepts a complete source and defaults the language to English', () => {
    const result = sourceSchema.safeParse(goodSource);
    expect(result.success).toBe(true);
    expect(result.data?.language).toBe('en');
  });

  it('reads an unquoted YAML date back to the text the editor typed', () => {
    expect(sourceSchema.parse({ ...goodSource, published: new Date('2016-12-16') }).published).toBe('2016-12-16');
  });

  it('names the field of a non-https URL', () => {
    const result = sourceSchema.safeParse({ ...goodSource, url: 'http://www.rudaw.net/english' });
    expect(messages(result)).toEqual([
      'url: "http://www.rudaw.net/english" is not an https:// URL: cite the https address you read',
    ]);
  });

  it('names every missing field at once', () => {
    const result = sourceSchema.safeParse({ title: 'x' });
    expect(messages(result).map((m) => m.split(':')[0])).toEqual(['publisher', 'published', 'url', 'retrieved']);
  });

  it('requires the day the address was read, and takes a fragile mark with its reason', () => {
    const { retrieved: _, ...unread } = goodSource;
    expect(messages(sourceSchema.safeParse(unread))).toEqual(['retrieved: is required: write the date as YYYY-MM-DD']);
    expect(sourceSchema.parse({ ...goodSource, fragile: 'a free .tk domain' }).fragile).toBe('a free .tk domain');
    expect(sourceSchema.safeParse({ ...goodSource, fragile: ' ' }).success).toBe(false);
  });

  it('rejects a field it does not know, so a typo is not dropped silently', () => {
    const result = sourceSchema.safeParse({ ...goodSource, publsher: 'typo' });
    expect(result.success).toBe(false);
    expect(messages(result).join()).toMatch(/publsher/);
  });
});

describe('field schemas', () => {
  it('rejects bad and future dates with the reason', () => {
    expect(messages(partialDate.safeParse('2016-02-30'))[0]).toMatch(/not a calendar date/);
    expect(messages(partialDate.safeParse('2999-01-01'))[0]).toMatch(/future/);
  });

  it('rejects URLs that are not https', () => {
    for (const url of ['javascript:alert(1)', 'ftp://example.org/x', 'https://localhost/x', 'not a url']) {
      expect(httpsUrl.safeParse(url).success, url).toBe(false);
    }
  });

  it('refuses an https URL not written in its WHATWG serialisation, and gives the canonical form', () => {
    const cases: [string, string][] = [
      ['HTTPS://Example.org/a', 'https://example.org/a'],
      ['https://example.org', 'https://example.org/'],
      ['https://example.org:443/a', 'https://example.org/a'],
      ['https://example.org/a b', 'https://example.org/a%20b'],
      ['https://example.org/a/../b', 'https://example.org/b'],
    ];
    for (const [written, canonical] of cases) {
      expect(messages(httpsUrl.safeParse(written)), written).toEqual([
        `: "${written}" is not written in its canonical form: write ${canonical}`,
      ]);
      expect(httpsUrl.safeParse(canonical).success, canonical).toBe(true);
    }
  });

  it('lists the vocabulary when a status is unknown', () => {
    expect(messages(claimStatus.safeParse('true'))[0]).toMatch(/"true" is not a claim status: use one of supported, /);
  });
});

describe('source dates', () => {
  it('accepts "undated" for a page that gives no date, and still requires the field', () => {
    expect(sourceSchema.parse({ ...goodSource, published: 'undated' }).published).toBe('undated');
    expect(messages(sourceDate.safeParse(undefined))[0]).toMatch(/is required: .*"undated" where the page gives none/);
  });

  it('suggests "undated" for text that is not a date, and rejects impossible dates', () => {
    expect(messages(sourceDate.safeParse('n.d.'))[0]).toMatch(/"n\.d\." is not a date: .*write "undated"/);
    expect(messages(sourceDate.safeParse('2016-13'))[0]).toMatch(/has no month 13/);
  });
});

describe('place fields', () => {
  const place = z.strictObject(placeFields);
  const good = { name: 'Palmyra', kind: 'city', latitude: 34.55139, longitude: 38.26806 };

  it('accepts a place and defaults its other names', () => {
    expect(place.parse(good)).toEqual({ ...good, otherNames: [] });
  });

  it('names the field of a coordinate out of range, and suggests a swap', () => {
    expect(messages(place.safeParse({ ...good, latitude: 134.5 }))).toEqual([
      'latitude: 134.5 is not a latitude: it must lie between -90 and 90 (north positive); were latitude and longitude swapped?',
    ]);
    expect(messages(place.safeParse({ ...good, longitude: -181 }))[0]).toMatch(
      /^longitude: -181 is not a longitude: it must lie between -180 and 180/,
    );
  });

  it('rejects coordinates written as text or left out, naming each field', () => {
    expect(messages(place.safeParse({ ...good, latitude: '34°33′N' }))).toEqual([
      'latitude: "34°33′N" is not a latitude: write decimal degrees as a number, for example 34.5514',
    ]);
    const { latitude: _lat, longitude: _lon, ...rest } = good;
    expect(messages(place.safeParse(rest)).map((m) => m.split(':')[0])).toEqual(['latitude', 'longitude']);
  });

  it('accepts the limits themselves and rejects what is not a number', () => {
    expect(place.safeParse({ ...good, latitude: -90, longitude: 180 }).success).toBe(true);
    expect(place.safeParse({ ...good, latitude: Number.NaN }).success).toBe(false);
    expect(messages(place.safeParse({ ...good, kind: 'village' }))[0]).toMatch(/"village" is not a kind of place/);
  });

  it('requires a route to say who alleged it', () => {
    const route = z.strictObject(routeFields);
    expect(messages(route.safeParse({ alleged: 'x' })).map((m) => m.split(':')[0])).toEqual(['allegedBy']);
  });
});
