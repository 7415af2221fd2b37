/**
 * A claim page's dated list places what came after the article after it, even on the article's own day: a source
 * the claim cites only with role `later`, and an event marked `afterTheArticle` (a briefing later that day), are
 * listed under "What came after", never under what could be known on the day (issue 31: Kirby's answer at 2:11 p.m.
 * EST came after the article's 16:32).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readEntries } from '../../tools/content-files.ts';
import { builtSite } from '../support/built.ts';

const site = builtSite();
const events = new Map(readEntries('events').map((event) => [event.id, event]));
const claims = readEntries('claims');

/** The texts and links of the rows of one group of a claim page's dated list. */
function groupRows(html: string, key: string): string[] {
  const { document } = parseHTML(html);
  return Array.from(document.querySelectorAll(`tbody.dated-${key} a`)).map(
    (a) => `${a.getAttribute('href') ?? ''} ${(a.textContent ?? '').replace(/\s+/g, ' ').trim()}`,
  );
}

describe('claim pages: what came after the article is listed after it', () => {
  const placedAfter = claims.flatMap((claim) => [
    ...claim.events
      .filter((id) => events.get(id)?.afterTheArticle === true)
      .map((id) => ({ claim: claim.id, kind: 'event', id })),
    ...[...new Set(claim.sources.map((c) => c.source))]
      .filter((id) => claim.sources.every((c) => c.source !== id || c.role === 'later'))
      .map((id) => ({ claim: claim.id, kind: 'source', id })),
  ]);

  it('the content has such items to place (Kirby’s briefing of 12 Dec 2016 among them)', () => {
    expect(placedAfter.some((item) => item.kind === 'event' && item.id === 'kirby-cant-rule-out')).toBe(true);
  });

  it.each(placedAfter)('$claim: $kind $id is under “What came after”', ({ claim, kind, id }) => {
    const html = site.readText(`claims/${claim}/index.html`);
    const title =
      kind === 'event'
        ? events.get(id)!.title
        : readEntries('sources')
            .find((source) => source.id === id)!
            .title.slice(0, 20);
    const known = groupRows(html, 'known').filter((row) => row.includes(kind === 'event' ? id : title));
    expect(known, `${id} listed as known on the day`).toEqual([]);
    const later = groupRows(html, 'later');
    expect(later.length, 'the page has a “What came after” group').toBeGreaterThan(0);
  });
});
