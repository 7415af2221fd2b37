/**
 * The validity gate: html-validate (its recommended rules, .htmlvalidate.json)
 * finds no error in any page of dist/. One rule is off: long-title, an SEO
 * guideline that a page title be at most 70 characters. An article page's
 * title is the article's own headline, which is never shortened. Here, the
 * validator as configured; tests/site/html-validity.test.ts runs it on dist/.
 */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/helpers.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

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
