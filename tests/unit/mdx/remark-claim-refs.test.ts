import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkClaimRefs, { collectArticleRefs } from '~/mdx/remark-claim-refs.ts';

function run(mdx: string) {
  const file = new VFile({ path: 'content/articles/x.mdx', value: mdx });
  const tree = unified().use(remarkParse).use(remarkMdx).parse(file);
  return { tree, file, refs: collectArticleRefs(tree, file) };
}

describe('remark-claim-refs', () => {
  it('numbers claims by first appearance and counts repeat references', () => {
    const { refs, tree } = run(
      'A <Claim id="b">one</Claim> and <Claim id="a">two</Claim>.\n\n<SpeakerLabel id="pf">PF:</SpeakerLabel> <Claim id="b">again</Claim>.',
    );
    expect(refs).toEqual({ claimRefs: ['b', 'a'], claimOccurrences: { b: 2, a: 1 }, speakerRefs: ['pf'] });
    const attrs = JSON.stringify(tree);
    expect(attrs).toContain('"name":"number","value":"1"');
    expect(attrs).toContain('"name":"occurrence","value":"2"');
  });

  it('fails with the file and line when a claim has no literal id', () => {
    let error: unknown;
    try {
      run('Text.\n\nMore <Claim id={x}>words</Claim>.');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ file: 'content/articles/x.mdx', line: 3, column: 6 });
    expect(String((error as Error).message)).toMatch(/<Claim> needs a literal id="…" attribute/);
  });

  it('fails when an editor numbers a claim by hand', () => {
    expect(() => run('A <Claim id="a" number="3">x</Claim>.')).toThrow(/sets "number" by hand/);
  });

  it('fails when a claim stands on lines of its own, which MDX turns into a block', () => {
    expect(() => run('<Claim id="a">\nThe whole line.\n</Claim>')).toThrow(/stands on lines of its own/);
  });

  it('hands the refs to Astro as frontmatter', () => {
    const file = new VFile({ value: 'A <Claim id="a">x</Claim>.' });
    const processor = unified().use(remarkParse).use(remarkMdx);
    const tree = processor.parse(file);
    remarkClaimRefs()(tree, file);
    expect((file.data as { astro: { frontmatter: unknown } }).astro.frontmatter).toEqual({
      claimRefs: ['a'],
      claimOccurrences: { a: 1 },
      speakerRefs: [],
    });
  });
});
