/** The validity gate on dist/: html-validate (.htmlvalidate.json) finds no error in any built page. */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../support/built.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');

const site = builtSite();
describe('every page in dist/', () => {
  it('has pages to validate', () => {
    expect(site.pages.length).toBeGreaterThanOrEqual(3);
  });
  it.each(site.pages)('$path is valid HTML (html-validate, zero errors)', async ({ file }) => {
    const report = await validator.validateFile(join(site.dir, file));
    const errors = report.results
      .map((result) => ({ ...result, messages: result.messages.filter((m) => m.severity === 2) }))
      .filter((result) => result.messages.length > 0);
    expect(errors.length === 0 ? '' : text(errors)).toBe('');
  });
});
