/**
 * The validity gate: html-validate (its recommended rules, .htmlvalidate.json)
 * finds no error in any page of dist/. One rule is off: long-title, an SEO
 * guideline that a page title be at most 70 characters. An article page's
 * title is the article's own headline, which is never shortened.
 */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';
import { builtSite } from './built.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');

describe('the validator as configured', () => {
  it('catches invalid markup (so a clean run means something)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><p id="x">a<div id="x">b</div></body></html>',
      join(ROOT, 'dist/broken.html'),
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(report.valid).toBe(false);
    expect(rules).toContain('no-dup-id');
  });
});

const site = builtSite();
describe.runIf(site)('every page in dist/', () => {
  it('has pages to validate', () => {
    expect(site!.pages.length).toBeGreaterThanOrEqual(3);
  });
  it.each(site?.pages ?? [])('$path is valid HTML (html-validate, zero errors)', async ({ file }) => {
    const report = await validator.validateFile(join(site!.dir, file));
    const errors = report.results
      .map((result) => ({ ...result, messages: result.messages.filter((m) => m.severity === 2) }))
      .filter((result) => result.messages.length > 0);
    expect(errors.length === 0 ? '' : text(errors)).toBe('');
  });
});
