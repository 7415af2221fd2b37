/** Sources by identity (src/model/identity.ts): one page one key, hidden hosts refused, names by TR39 skeleton. */
import { describe, expect, it } from 'vitest';
import { addressKey, addressProblem, mixedScripts, skeleton } from '~/model/identity.ts';

describe('addressKey', () => {
  it('gives one key to the same page written several ways', () => {
    const key = addressKey('https://tass.com/world/918534');
    for (const same of [
      'https://TASS.com/world/918534',
      'https://www.tass.com/world/918534/',
      'https://tass.com:443/world/918534#top',
      'https://tass.com./world/918534',
      'https://m.tass.com/world/918534',
      'https://tass.com/world/918534/amp',
      'https://amp.tass.com/world/918534?utm_source=x&fbclid=y',
      'https://tass.com/world/918534/index.html',
    ]) {
      expect(addressKey(same), same).toBe(key);
    }
    expect(addressKey('https://tass.com/world/918535')).not.toBe(key);
    expect(addressKey('https://tass.com/world/918534?page=2')).not.toBe(key);
    expect(addressKey('https://x.example/a?b=2&a=1')).toBe(addressKey('https://x.example/a?a=1&b=2'));
    expect(addressKey('https://news.tass.com/world/918534')).not.toBe(key);
  });
});

describe('addressProblem', () => {
  it.each([
    ['https://tass.com@evil.example/x', /credentials/],
    ['https://user:pw@tass.com/x', /credentials/],
    ['https://10.0.0.1/x', /IP address/],
    ['https://[fd00::1]/x', /IP address/],
    ['https://0x7f000001/x', /IP address/],
    ['https://printer.local/x', /local or private/],
    ['https://intranet.corp/x', /local or private/],
    ['https://tаss.com/x', /mixes Latin and Cyrillic letters \("tаss"\)/],
  ])('refuses %s', (value, message) => {
    expect(addressProblem(new URL(value))).toMatch(message);
  });
  it('accepts a public site', () => expect(addressProblem(new URL('https://www.reuters.com/x'))).toBeUndefined());
});

describe('publisher names', () => {
  it('compares look-alikes by skeleton', () => {
    expect(skeleton('ТАЅЅ')).toBe(skeleton('TASS'));
    expect(skeleton('ＴＡＳＳ')).toBe(skeleton('tass'));
    expect(skeleton('Reuters')).not.toBe(skeleton('TASS'));
  });
  it('refuses a name mixing scripts, not one written in one', () => {
    expect(mixedScripts('TАSS')).toEqual(['Latin', 'Cyrillic']);
    for (const name of ['TASS', 'Аль-Джазира', 'الجزيرة', '朝日新聞 デジタル', 'Al Jazeera 2']) {
      expect(mixedScripts(name), name).toBeUndefined();
    }
  });
});
