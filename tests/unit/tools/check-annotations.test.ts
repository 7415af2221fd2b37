/**
 * `npm run check -- --format github` (tools/check/annotations.ts): each
 * problem line becomes a GitHub workflow command on its file and line, with
 * the escapes GitHub's runner expects.
 */
import { describe, expect, it } from 'vitest';
import { annotationOf, githubCommand } from '../../../tools/check/annotations.ts';

describe('GitHub annotations', () => {
  it('puts a content problem on its file and line, the field in the title', () => {
    const line =
      'content/claims/aleppo-50000.yaml:4 → status: "true" is not a claim status: use one of supported, partly-supported';
    expect(annotationOf('content', line)).toEqual({
      file: 'content/claims/aleppo-50000.yaml',
      line: 4,
      title: 'content: status',
      message: '"true" is not a claim status: use one of supported, partly-supported',
    });
    expect(githubCommand(annotationOf('content', line))).toBe(
      '::error file=content/claims/aleppo-50000.yaml,line=4,title=content%3A status::"true" is not a claim status: use one of supported, partly-supported',
    );
  });
  it('keeps the line of a file:line:column problem and a field with a colon-free element name', () => {
    expect(annotationOf('content', 'content/articles/a.mdx:15:3 → <script>: <script> is not allowed')).toMatchObject({
      file: 'content/articles/a.mdx',
      line: 15,
      title: 'content: <script>',
    });
  });
  it('leaves out the line of a whole-file problem, and escapes what would end a property or the command', () => {
    expect(githubCommand(annotationOf('content', 'content/sources/x.yaml → id: 100% unused,\nreally'))).toBe(
      '::error file=content/sources/x.yaml,title=content%3A id::100%25 unused,%0Areally',
    );
    expect(githubCommand({ file: 'a,b:c.yaml', title: 't', message: 'm' })).toBe(
      '::error file=a%2Cb%3Ac.yaml,title=t::m',
    );
  });
  it('gives a line without a file to the check as a whole', () => {
    expect(githubCommand(annotationOf('types', 'astro check → exit 1'))).toBe(
      '::error title=npm run check%3A types::astro check → exit 1',
    );
    expect(githubCommand(annotationOf('links', 'nothing to split'))).toBe(
      '::error title=npm run check%3A links::nothing to split',
    );
  });
});
