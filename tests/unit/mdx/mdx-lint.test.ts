import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { blankFrontmatter, formatMdxProblem, lintMdxSource, urlScheme } from '~/mdx/lint.ts';
import remarkMdxSafety from '~/mdx/remark-mdx-safety.ts';
import { articleFiles, readProjectFile } from '../../support/helpers.ts';

describe('lintMdxSource allows what the prose needs', () => {
  it('passes the annotation components with literal ids, inline HTML from the allowlist, links and comments', () => {
    const source = [
      '<SpeakerLabel id="pf">PF:</SpeakerLabel> A <Claim id="a">claim</Claim>, *emphasis*, **strong**, <abbr title="Islamic State">ISIS</abbr>.',
      '',
      'A <q lang="fr">mensonge</q>, a [source](https://example.org/x), a [mail](mailto:a@example.org), a [note](#claim-a) and a [page](/articles/x/).',
      '',
      '{/* a note for editors, which runs nothing */}',
      '',
      'Line<br />break, x<sub>2</sub>, y<sup>3</sup>, <span lang="ar" title="t">نص</span>.',
    ].join('\n');
    expect(lintMdxSource(source)).toEqual([]);
  });

  it('passes every real article', () => {
    for (const article of articleFiles())
      expect(lintMdxSource(readProjectFile(`content/articles/${article.id}.mdx`))).toEqual([]);
  });
});

describe('lintMdxSource refuses code and markup content does not need', () => {
  it.each([
    ['import x from "y"\n\nText.', 'import', /import statements are not allowed/],
    ['export const a = 1\n\nText.', 'export', /export statements are not allowed/],
    ['Text {1 + 1}.', '{1 + 1}', /expression is JavaScript/],
    ['{process.exit()}', '{process.exit()}', /expression is JavaScript/],
    ['A <script>alert(1)</script>.', '<script>', /runs JavaScript/],
    ['A <style>{"p{}"}</style>.', '<style>', /changes how the whole page looks/],
    ['A <iframe src="https://example.org" />.', '<iframe>', /embeds another page/],
    ['A <object data="x.swf" />.', '<object>', /embeds an external object/],
    ['A <embed src="x.swf" />.', '<embed>', /embeds an external object/],
    ['A <img src="https://tracker.example/p.gif" />.', '<img>', /request the text does not need/],
    ['A <div>block</div>.', '<div>', /not in the HTML allowed/],
    ['A <a href="https://example.org">x</a>.', '<a>', /not in the HTML allowed/],
    ['A <Chart data="x" />.', '<Chart>', /not one of the annotation components/],
    ['A <motion.div>x</motion.div>.', '<motion.div>', /not one of the annotation components/],
    ['A <>x</>.', '<>', /fragment/],
    ['A <span onClick="alert(1)">x</span>.', '<span> onClick', /event handler/],
    ['A <Claim id="a" onmouseover="x">x</Claim>.', '<Claim> onmouseover', /event handler/],
    ['A <Claim id={"a"}>x</Claim>.', '<Claim> id', /is a JavaScript expression/],
    ['A <Claim {...props}>x</Claim>.', '<Claim> {…}', /spread props/],
    ['A <Claim>x</Claim>.', '<Claim> id', /has no id/],
    ['A <Claim id="a" class="x">x</Claim>.', '<Claim> class', /may not have a class attribute/],
    ['A <span style="display:none">x</span>.', '<span> style', /may not have a style attribute/],
    ['A <span href="javascript:alert(1)">x</span>.', '<span> href', /javascript: URL/],
    ['A [x](javascript:alert(1)).', 'link javascript:alert(1)', /javascript: URL/],
    ['A [x](JavaScript:alert(1)).', 'link JavaScript:alert(1)', /javascript: URL/],
    ['A [x](data:text/html,hi).', 'link data:text/html,hi', /data: URL/],
    ['A [x][r].\n\n[r]: vbscript:msgbox', 'link vbscript:msgbox', /vbscript: URL/],
    ['A [x](http://example.org).', 'link http://example.org', /is not https/],
    ['A [x](ftp://example.org/f).', 'link ftp://example.org/f', /ftp: scheme is not allowed/],
    ['A ![x](https://tracker.example/p.gif).', 'image', /images are not allowed/],
    ['A <Claim id="a">x.', 'MDX syntax', /Expected a closing tag/],
  ])('%s', (source, field, message) => {
    const problems = lintMdxSource(source);
    const problem = problems.find((p) => p.field === field);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.message).toMatch(message);
    expect(problem!.fix.length).toBeGreaterThan(10);
    expect(problem!.line).toBeGreaterThan(0);
  });

  it('reports every problem in a file together, in order, with lines that count the frontmatter', () => {
    const source =
      '---\ntitle: x\n---\n\nimport a from "b"\n\nOne <script>x</script>.\n\nTwo {y} and <b onclick="z">w</b>.\n';
    const problems = lintMdxSource(source);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.field}`)).toEqual([
      '5:1 import',
      '7:5 <script>',
      '9:5 {y}',
      '9:13 <b> onclick',
    ]);
    expect(formatMdxProblem('content/articles/x.mdx', problems[1]!)).toBe(
      'content/articles/x.mdx:7:5 → <script>: <script> is not allowed in content: it runs JavaScript in the reader’s browser (remove the element; the page’s layout and styles live in src/, not in content)',
    );
  });
});

describe('helpers', () => {
  it('reads URL schemes the way a browser does', () => {
    expect(urlScheme(' java\tscript:alert(1)')).toBe('javascript');
    expect(urlScheme('DATA:text/html')).toBe('data');
    expect(urlScheme('/articles/x/')).toBeUndefined();
    expect(urlScheme('#claim-a')).toBeUndefined();
  });

  it('blanks the frontmatter but keeps its lines', () => {
    expect(blankFrontmatter('---\na: {b}\n---\nText')).toBe('\n\n\nText');
    expect(blankFrontmatter('No frontmatter')).toBe('No frontmatter');
  });
});

describe('remark-mdx-safety, the build plugin', () => {
  const run = (value: string) => {
    const file = new VFile({ path: `${process.cwd()}/content/articles/x.mdx`, value });
    const tree = unified().use(remarkParse).use(remarkMdx).parse(file);
    remarkMdxSafety()(tree, file);
  };

  it('lets safe content through', () => {
    expect(() => run('A <Claim id="a">claim</Claim>.')).not.toThrow();
  });

  it('fails the file with every problem, each with file, line, column and fix', () => {
    let error: unknown;
    try {
      run('Text.\n\nA <iframe src="x" /> and {fetch("y")}.');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ line: 3, column: 3, ruleId: 'mdx-safety' });
    const message = String((error as Error).message);
    expect(message).toContain('content/articles/x.mdx fails the MDX safety check');
    expect(message).toContain('content/articles/x.mdx:3:3 → <iframe>: <iframe> is not allowed in content');
    expect(message).toContain('content/articles/x.mdx:3:26 → {fetch("y")}: a {…} expression is JavaScript');
  });
});
