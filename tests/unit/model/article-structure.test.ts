/**
 * The article's structure, not only its text: the lint that keeps any markup
 * but the annotation components away from the article's words, each
 * attribute given once, and `{/* … *\/}` comments on lines of their own,
 * which hold no words, counted as no paragraph by the check and the build.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintArticleStructure, lintMdxTree } from '~/mdx/lint.ts';
import { claimQuotes } from '~/article/text-quotes.ts';
import { checkContent, formatProblem } from '../../../tools/check/content-check.ts';
import { ROOT } from '../../support/helpers.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx);
const structure = (mdx: string) => lintArticleStructure(parse(mdx)).map((p) => `${p.line} ${p.field}`);

describe('lintArticleStructure', () => {
  it('lets the annotation components and comments through', () => {
    expect(
      structure('<SpeakerLabel id="pf">PF:</SpeakerLabel> A <Claim id="a">claim {/* x */}</Claim>.\n\n{/* note */}\n'),
    ).toEqual([]);
  });

  it.each([
    ['A [claim](https:example.org).', '1 link'],
    ['A [claim](https://example.org/x).', '1 link'],
    ['A [claim][r].\n\n[r]: https://example.org', '1 link'],
    ['A *claim*.', '1 *emphasis*'],
    ['A **claim**.', '1 **strong**'],
    ['A `claim`.', '1 `code`'],
    ['A <q>claim</q>.', '1 <q>'],
    ['A <s>claim</s>.', '1 <s>'],
    ['A <abbr title="x">claim</abbr>.', '1 <abbr>'],
    ['A <Claim id="a">nested <em>claim</em></Claim>.', '1 <em>'],
  ])('%s: refused as %s', (mdx, expected) => {
    expect(structure(mdx)).toEqual([expected]);
  });
});

describe('each attribute once', () => {
  it('refuses a second id on <Claim> or <SpeakerLabel>', () => {
    const problems = lintMdxTree(
      parse('A <Claim id="a" id="b">claim</Claim> <SpeakerLabel id="x" id="y">PF:</SpeakerLabel>.'),
    );
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      '<Claim> id: <Claim> has id more than once',
      '<SpeakerLabel> id: <SpeakerLabel> has id more than once',
    ]);
  });
});

describe('a comment on a line of its own', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'article-structure-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('is no paragraph for the build’s text reader', () => {
    const { blocks } = claimQuotes('One <Claim id="a">claim</Claim>.\n\n{/* a note for editors */}\n\nTwo.\n');
    expect(blocks).toEqual(['One claim.', 'Two.']);
  });

  it('is no paragraph for the check', () => {
    cpSync(join(ROOT, 'tests/fixtures/content-check/valid'), workDir, { recursive: true });
    const file = join(workDir, 'content/articles/two-paragraphs.mdx');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('\n\nThousands', '\n\n{/* a note for editors */}\n\nThousands'));
    expect(readFileSync(file, 'utf8')).toContain('{/* a note');
    expect(checkContent(workDir).map(formatProblem)).toEqual([]);
  });
});
