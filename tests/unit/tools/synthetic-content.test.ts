import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cleanArticle } from '~/article/cleaner.ts';
import { collectArticleRefs } from '~/mdx/remark-claim-refs.ts';
import { schemas } from '~/model/schemas.ts';
import { syntheticArticle, syntheticId } from '../../../tools/bench/synthetic-content.ts';

describe('syntheticArticle', () => {
  const files = syntheticArticle(7, { claims: 3, speaker: 'peter-ford', label: 'PF:', source: 'some-source' });
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const mdx = byPath.get('content/articles/synthetic-0007.mdx')!;
  const [, frontmatter, body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(mdx)!;
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body);

  it('writes an article, its raw text, one file per claim and the scrape’s provenance pin', () => {
    expect(syntheticId(7)).toBe('synthetic-0007');
    expect([...byPath.keys()]).toEqual([
      'content/articles/synthetic-0007.mdx',
      'content/raw/synthetic-0007.txt',
      'content/claims/synthetic-0007-claim-1.yaml',
      'content/claims/synthetic-0007-claim-2.yaml',
      'content/claims/synthetic-0007-claim-3.yaml',
      'content/raw/synthetic-0007.yaml',
    ]);
  });

  it('wraps every claim once and names the speaker, as the build expects', () => {
    expect(collectArticleRefs(tree, new VFile())).toEqual({
      claimRefs: ['synthetic-0007-claim-1', 'synthetic-0007-claim-2', 'synthetic-0007-claim-3'],
      claimOccurrences: { 'synthetic-0007-claim-1': 1, 'synthetic-0007-claim-2': 1, 'synthetic-0007-claim-3': 1 },
      speakerRefs: ['peter-ford'],
    });
    const meta = parseYaml(frontmatter!) as Record<string, string>;
    expect(meta['rawScrape']).toBe('content/raw/synthetic-0007.txt');
  });

  // The content schemas change as the edition grows (a claim's `settle`, for
  // one); the benchmark's build must still accept what this writes.
  it('writes an article and claims that the collections’ own schemas accept', () => {
    const article = schemas.articles.safeParse(parseYaml(frontmatter!));
    expect(article.error?.issues ?? []).toEqual([]);
    for (const [path, content] of byPath) {
      if (!path.startsWith('content/claims/')) continue;
      const claim = schemas.claims.safeParse(parseYaml(content));
      expect(claim.error?.issues ?? [], path).toEqual([]);
      expect(claim.data).toMatchObject({
        sources: [{ source: 'some-source', role: 'backs', passage: expect.any(String) }],
        speaker: 'peter-ford',
      });
    }
  });

  it('writes a raw text the cleaner reads, whose paragraphs are the article’s text', () => {
    const cleaned = cleanArticle(byPath.get('content/raw/synthetic-0007.txt')!, 'content/raw/synthetic-0007.txt');
    const meta = parseYaml(frontmatter!) as Record<string, string>;
    expect(cleaned.headline).toBe(meta['title']);
    expect(cleaned.dateline).toBe(meta['dateline']);
    expect(cleaned.published.date).toBe(meta['published']);
    expect(tree.children.map((node) => toString(node))).toEqual(cleaned.blocks.map((b) => b.text));
  });

  it('is deterministic and differs from article to article', () => {
    const again = syntheticArticle(7, { claims: 3, speaker: 'peter-ford', label: 'PF:', source: 'some-source' });
    expect(again).toEqual(files);
    const other = syntheticArticle(8, { claims: 3, speaker: 'peter-ford', label: 'PF:', source: 'some-source' });
    expect(other[1]!.content).not.toBe(files[1]!.content.replace(/7/g, '8'));
  });
});
