/** CONTRIBUTING.md must describe the rules the code applies, not an older version of them. */
import { describe, expect, it } from 'vitest';
import { ANNOTATION_COMPONENTS, HTML_ALLOWLIST } from '~/mdx/lint.ts';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { readProjectFile } from '../support/helpers.ts';

const contributing = readProjectFile('CONTRIBUTING.md');
const template = readProjectFile('.github/pull_request_template.md');

describe('CONTRIBUTING.md', () => {
  it('lists every status with the meaning the site shows, and no other', () => {
    const section = contributing.slice(
      contributing.indexOf('## Statuses'),
      contributing.indexOf('\n## ', contributing.indexOf('## Statuses')),
    );
    // A Markdown table, padded or not: | id | meaning |
    const rows = [...section.matchAll(/^\| *([a-z-]+) *\| *(.+?) *\|$/gm)].filter(
      ([, id]) => id !== 'status' && !/^-+$/.test(id!),
    );
    expect(Object.fromEntries(rows.map(([, id, meaning]) => [id, meaning]))).toEqual(
      Object.fromEntries(Object.entries(CLAIM_STATUSES).map(([id, status]) => [id, status.meaning])),
    );
  });

  it('names the allowed HTML elements and components the lint allows', () => {
    for (const element of Object.keys(HTML_ALLOWLIST)) expect(contributing).toContain(`\`${element}\``);
    for (const component of Object.keys(ANNOTATION_COMPONENTS)) expect(contributing).toContain(`<${component} id="…">`);
  });

  it('explains how to run the check, and the pull request template repeats the checklist', () => {
    expect(contributing).toContain('npm run check');
    const checklist = (text: string) => [...text.matchAll(/^- \[ \] /gm)].length;
    expect(checklist(contributing)).toBeGreaterThanOrEqual(5);
    expect(checklist(template)).toBeGreaterThanOrEqual(checklist(contributing));
    expect(template).toContain('npm run check');
  });
});
