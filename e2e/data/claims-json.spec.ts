/** /claims.json: the typed claims with their speakers, sources and events. */
import { expect, test } from '@playwright/test';
import { article } from '../support/article-links.ts';
import { claims } from '../support/content.ts';

const allClaims = claims();

test.describe('machine-readable data', () => {
  test('claims.json: the typed claims', { tag: '@desktop' }, async ({ request }) => {
    const data = await (await request.get('/claims.json')).json();
    expect(data.claims).toHaveLength(allClaims.length);
    for (const claim of allClaims) {
      const entry = data.claims.find((c: any) => c.id === claim.id);
      expect(entry).toMatchObject({ speaker: { id: claim.speaker }, status: claim.status, claim: claim.claim });
      expect(entry.sources.map((s: any) => s.id)).toEqual(claim.sources);
      expect(entry.events.map((e: any) => e.id)).toEqual(claim.events);
      // Each citation with its role and passage, and a link to the passage's words in the source.
      expect(
        entry.citations.map((c: any) => ({
          source: c.source,
          role: c.role,
          passage: c.passage,
          ...(c.translation ? { translation: c.translation } : {}),
        })),
      ).toEqual(claim.citations.map((c) => ({ ...c, passage: c.passage.trim() })));
      for (const citation of entry.citations) {
        const source = entry.sources.find((s: any) => s.id === citation.source);
        expect(citation.url.startsWith(`${source.url}${source.url.includes('#') ? '' : '#'}:~:text=`)).toBe(true);
      }
      for (const source of entry.sources) {
        expect(source).toMatchObject({
          title: expect.any(String),
          publisher: expect.any(String),
          url: expect.stringMatching(/^https:\/\//),
        });
        // A source that gives no date at all says so ("undated"), as the schema requires; one dated only to a
        // few days gives the range (YYYY-MM-DD/YYYY-MM-DD).
        expect(source.published).toMatch(/^(?:\d{4}(-\d{2}(-\d{2})?)?|\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}|undated)$/);
        expect(source.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      // A claim shown on one side's word says so; a supported one never does.
      expect(entry.restsOnOneSide === null || typeof entry.restsOnOneSide.side.id === 'string').toBe(true);
      if (claim.status === 'supported') expect(entry.restsOnOneSide, claim.id).toBeNull();
      expect(new URL(entry.url).pathname + new URL(entry.url).hash).toBe(`${article.path}#claim-${claim.id}`);
    }
    const russiaOnly = data.claims.find((c: any) => c.id === 'reinforcements-from-mosul');
    // Its backing sources relay the Defence Ministry; the Kremlin's word (Deccan Chronicle) is cited for context
    // and is not counted (issue 31).
    expect(russiaOnly.restsOnOneSide).toEqual({
      side: { id: 'russian-government', name: 'the Russian government' },
      parties: [{ id: 'russian-defence-ministry', name: 'the Russian Defence Ministry' }],
    });
  });
});
