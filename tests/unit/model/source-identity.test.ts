/** Sources by identity (src/model/source-identity.ts): addresses, hosts and publisher names, case by case. */
import { describe, expect, it } from 'vitest';
import { addressProblem, canonicalAddress, nameSkeleton, publisherNameProblem } from '~/model/source-identity.ts';

describe('canonicalAddress', () => {
  it('gives one key to the same page written several ways', () => {
    const key = canonicalAddress('https://tass.com/world/918534');
    for (const same of [
      'https://TASS.com/world/918534',
      'https://www.tass.com/world/918534/',
      'https://tass.com:443/world/918534#top',
      'https://m.tass.com/world/918534',
      'https://tass.com/world/918534/amp',
      'https://tass.com/world/918534?utm_source=x&fbclid=y',
      'https://tass.com/world/918534/index.html',
    ]) {
      expect(canonicalAddress(same), same).toBe(key);
    }
    expect(canonicalAddress('https://tass.com/world/918535')).not.toBe(key);
    expect(canonicalAddress('https://x.example/a?b=2&a=1')).toBe(canonicalAddress('https://x.example/a?a=1&b=2'));
  });
});

describe('addressProblem', () => {
  it.each([
    ['https://tass.com@evil.example/x', /user name or password/],
    ['https://10.0.0.1/x', /IP address/],
    ['https://[fd00::1]/x', /IP address/],
    ['https://printer.local/x', /private, local or reserved/],
    ['https://tаss.com/x', /label "tаss" mixes Latin and Cyrillic letters/],
  ])('refuses %s', (value, message) => {
    expect(addressProblem(new URL(value))).toMatch(message);
  });
  it.each(['https://www.reuters.com/x', 'https://правительство.рф/x', 'https://日本経済新聞.jp/x'])(
    'accepts %s',
    (value) => expect(addressProblem(new URL(value))).toBeUndefined(),
  );
});

describe('publisher names', () => {
  it('refuses a name mixing scripts, not one written in one writing system', () => {
    expect(publisherNameProblem('TАSS')).toMatch(/mixes scripts \(Latin and Cyrillic/);
    for (const name of ['TASS', 'ТАСС', 'الجزيرة', '朝日新聞デジタル', '조선일보 朝鮮日報', 'Al Jazeera 2']) {
      expect(publisherNameProblem(name), name).toBeUndefined();
    }
  });
  it('compares look-alikes by skeleton', () => {
    expect(nameSkeleton('ТАЅЅ')).toBe(nameSkeleton('TASS'));
    expect(nameSkeleton('ＴＡＳＳ')).toBe(nameSkeleton('tass'));
    expect(nameSkeleton('Reuters')).not.toBe(nameSkeleton('TASS'));
  });
});
