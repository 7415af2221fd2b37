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
      for (const source of entry.sources) {
        expect(source).toMatchObject({
          title: expect.any(String),
          publisher: expect.any(String),
          url: expect.stringMatching(/^https:\/\//),
        });
        // A source that gives no date at all says so ("undated"), as the schema requires.
        expect(source.published).toMatch(/^(?:\d{4}(-\d{2}(-\d{2})?)?|undated)$/);
      }
      expect(new URL(entry.url).pathname + new URL(entry.url).hash).toBe(`${article.path}#claim-${claim.id}`);
    }
  });
});
