/**
 * Each claim page's ClaimReview, validated the way consumers read it:
 *  - as JSON-LD, by a JSON-LD processor (`jsonld`, expanding against the
 *    schema.org vocabulary; the context document is served locally, as the
 *    machines have no internet: schema.org's context maps every term into
 *    https://schema.org/, which is what `@vocab` says);
 *  - against the schema.org vocabulary's types and properties, by the
 *    TypeScript compiler with `schema-dts` (types generated from schema.org):
 *    an unknown property or a wrong type is a compile error;
 *  - for the properties a ClaimReview needs (Google's ClaimReview guidelines,
 *    which Fact Check Explorer reads): url (the page itself), claimReviewed,
 *    itemReviewed (a Claim with author and appearance), reviewRating with
 *    alternateName, author, datePublished.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { builtSite, DIST } from '../support/built.ts';
import { ROOT } from '../support/helpers.ts';

const site = builtSite();
const claimPages = (site?.pages ?? []).filter((p) => /^\/claims\/[^/]+\/$/.test(p.path));

function jsonLdOf(file: string): Record<string, unknown>[] {
  const html = readFileSync(join(DIST, file), 'utf8');
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

// eslint-disable-next-line @typescript-eslint/require-await -- jsonld awaits what its document loader returns
const documentLoader = async (url: string) => {
  if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`no network: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
};

const cacheDir = join(ROOT, 'node_modules/.cache');
mkdirSync(cacheDir, { recursive: true });
const tmp = mkdtempSync(join(cacheDir, 'claim-review-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Compiles the objects as schema-dts `ClaimReview`s; returns the compiler's errors. */
function schemaDtsErrors(reviews: unknown[]): string[] {
  const file = join(tmp, `reviews-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(
    file,
    `import type { ClaimReview } from 'schema-dts';\n` +
      reviews.map((r, i) => `export const review${i}: ClaimReview = ${JSON.stringify(r, null, 1)};\n`).join(''),
  );
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]!);
}

describe('each claim page’s ClaimReview', () => {
  const reviews = claimPages.flatMap((page) => {
    const blocks = jsonLdOf(page.file);
    return blocks.map((block) => ({ page, block }));
  });

  it('there are claim pages, and at most one JSON-LD block on each', () => {
    expect(claimPages.length).toBeGreaterThan(0);
    for (const page of claimPages) expect(jsonLdOf(page.file).length, page.path).toBeLessThanOrEqual(1);
    expect(reviews.length).toBeGreaterThan(0);
  });

  it('is JSON-LD that expands to schema.org ClaimReview, Claim and Rating (jsonld)', async () => {
    for (const { page, block } of reviews) {
      const options = { documentLoader, safe: true } as unknown as Parameters<typeof jsonld.expand>[1];
      const expanded = await jsonld.expand(block, options);
      const node = expanded[0] as Record<string, unknown>;
      expect(node['@type'], page.path).toEqual(['https://schema.org/ClaimReview']);
      const item = (node['https://schema.org/itemReviewed'] as Record<string, unknown>[])[0]!;
      expect(item['@type']).toEqual(['https://schema.org/Claim']);
      const rating = (node['https://schema.org/reviewRating'] as Record<string, unknown>[])[0]!;
      expect(rating['@type']).toEqual(['https://schema.org/Rating']);
    }
  });

  it('uses only schema.org types and properties, with the right types (TypeScript with schema-dts)', () => {
    const graphs = reviews.map(({ block }) => (block['@graph'] as unknown[])[0]);
    expect(schemaDtsErrors(graphs)).toEqual([]);
  }, 60_000);

  it('catches a property schema.org does not have, and a wrong type (so a clean run means something)', () => {
    const sample = (reviews[0]!.block['@graph'] as Record<string, unknown>[])[0]!;
    const errors = schemaDtsErrors([
      { ...sample, verdict: 'false' },
      { ...sample, itemReviewed: { '@type': 'Clam' } },
    ]);
    expect(errors.some((e) => e.includes('verdict'))).toBe(true);
    expect(errors.some((e) => e.includes('Clam'))).toBe(true);
  }, 60_000);

  it('has every property a ClaimReview needs, its url being the page itself', () => {
    for (const { page, block } of reviews) {
      const review = (block['@graph'] as Record<string, any>[])[0]!;
      expect(new URL(review.url).pathname, page.path).toBe(page.path);
      expect(review.claimReviewed).toEqual(expect.any(String));
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.itemReviewed.author.name).toEqual(expect.any(String));
      expect(review.itemReviewed.appearance.url).toMatch(/^https:\/\//);
      expect(review.itemReviewed.firstAppearance.url).toBe(review.itemReviewed.appearance.url);
      expect(review.reviewRating.alternateName).toEqual(expect.any(String));
      expect(review.author.name).toEqual(expect.any(String));
      expect(Number.isNaN(Date.parse(review.datePublished))).toBe(false);
      expect(Date.parse(review.dateModified)).toBeGreaterThanOrEqual(Date.parse(review.datePublished));
    }
  });
});
