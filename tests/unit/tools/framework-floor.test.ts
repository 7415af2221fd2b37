/**
 * The framework-floor project of `npm run bench` must bring, per article, the
 * routes a synthetic article brings to the site, or the floor it measures would
 * be for another amount of work.
 */
import { describe, expect, it } from 'vitest';
import { frameworkFloorFiles, routesPerArticle } from '../../../tools/bench/framework-floor.ts';
import { syntheticArticle } from '../../../tools/bench/synthetic-content.ts';

describe('frameworkFloorFiles', () => {
  it('gives each article one MDX entry with one marked phrase per claim', () => {
    const files = frameworkFloorFiles(3, 4);
    const entries = files.filter((f) => f.path.startsWith('content/articles/'));
    expect(entries.map((f) => f.path)).toEqual([
      'content/articles/floor-0001.mdx',
      'content/articles/floor-0002.mdx',
      'content/articles/floor-0003.mdx',
    ]);
    for (const entry of entries) expect(entry.content.match(/<Mark id=/g)).toHaveLength(4);
  });

  it('makes as many plain pages and files per article as a synthetic article has pages and drawings', () => {
    const claims = 5;
    const synthetic = syntheticArticle(1, { claims, speaker: 's', label: 'S:', source: 'x' });
    const claimFiles = synthetic.filter((f) => f.path.startsWith('content/claims/')).length;
    // A synthetic article: its places page and a page per claim; two map drawings and a share card per claim.
    expect(routesPerArticle(claims)).toEqual({ mdxPages: 1, plainPages: 1 + claimFiles, files: 2 + claimFiles });
    const files = frameworkFloorFiles(10, claims);
    const plain = files.find((f) => f.path === 'src/pages/plain/[id].astro')!.content;
    const endpoints = files.find((f) => f.path === 'src/pages/files/[id].txt.ts')!.content;
    expect(plain).toContain(`length: ${10 * (1 + claims)}`);
    expect(endpoints).toContain(`length: ${10 * (2 + claims)}`);
  });

  it('keeps its caches inside the project, so that each build is cold and the site’s caches are untouched', () => {
    const config = frameworkFloorFiles(0, 5).find((f) => f.path === 'astro.config.mjs')!.content;
    expect(config).toContain("cacheDir: './.cache/astro'");
    expect(config).toContain("cacheDir: './.cache/vite'");
  });
});
