import { describe, expect, it } from 'vitest';
import { claimStatus, httpsUrl, partialDate, sourceSchema } from '../src/lib/schemas.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const goodSource = {
  title: 'Airstrikes destroy ISIL’s captured tanks',
  publisher: 'US Central Command',
  published: '2016-12-16',
  url: 'https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/1032110/airstrikes-destroy-isils-captured-tanks/',
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
    expect(messages(result)).toEqual(['url: "http://www.rudaw.net/english" is not an https:// URL: cite the https address you read']);
  });

  it('names every missing field at once', () => {
    const result = sourceSchema.safeParse({ title: 'x' });
    expect(messages(result).map((m) => m.split(':')[0])).toEqual(['publisher', 'published', 'url']);
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

  it('lists the vocabulary when a status is unknown', () => {
    expect(messages(claimStatus.safeParse('true'))[0]).toMatch(/"true" is not a claim status: use one of supported, /);
  });
});
