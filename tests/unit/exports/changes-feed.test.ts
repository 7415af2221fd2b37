/**
 * /changes.xml (src/exports/changes-feed.ts) as a feed reader reads it
 * (@rowanmanning/feed-parser): one entry per correction, newest first, with
 * absolute addresses under SITE_URL and page paths without it (never
 * localhost); and `siteAddress`, which decides between them.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { changesFeed, type FeedChange } from '~/exports/changes-feed.ts';
import { siteAddress } from '~/site/site.ts';

const change = (claimId: string, date: string, n = 1): Omit<FeedChange, 'pageUrl'> => ({
  claimId,
  claim: `The claim ${claimId}.`,
  date,
  what: 'The status changed from Unverified to Disputed.',
  why: `A second report on ${claimId}.`,
  anchor: `correction-${n}`,
});
const info = (at: (path: string) => string) => ({
  selfUrl: at('/changes.xml'),
  homeUrl: at('/'),
  title: 'Corrections',
  author: 'Annotated edition',
});

describe('changesFeed', () => {
  const entries = [change('a', '2026-01-05'), change('b', '2026-03-01'), change('a', '2026-02-10', 2)];

  it('lists each correction, newest first, with what changed and why, under SITE_URL', () => {
    const at = (path: string) => siteAddress(path, { SITE_URL: 'https://edition.example.org' });
    const xml = changesFeed(
      entries.map((e) => ({ ...e, pageUrl: at(`/claims/${e.claimId}/`) })),
      info(at),
    );
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://edition.example.org/claims/b/#correction-1',
      'https://edition.example.org/claims/a/#correction-2',
      'https://edition.example.org/claims/a/#correction-1',
    ]);
    expect(feed.items[0]!.description).toBe(
      'The status changed from Unverified to Disputed. Why: A second report on b.',
    );
    expect(feed.updated?.toISOString().slice(0, 10)).toBe('2026-03-01');
  });

  it('gives page paths, and no localhost, when SITE_URL is not set', () => {
    const at = (path: string) => siteAddress(path, {});
    const xml = changesFeed(
      entries.map((e) => ({ ...e, pageUrl: at(`/claims/${e.claimId}/`) })),
      info(at),
    );
    expect(xml).not.toMatch(/localhost|site-path\.invalid/);
    const feed = parseFeed(xml);
    expect(feed.items.map((i) => i.url)).toEqual([
      '/claims/b/#correction-1',
      '/claims/a/#correction-2',
      '/claims/a/#correction-1',
    ]);
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(3);
  });
});
