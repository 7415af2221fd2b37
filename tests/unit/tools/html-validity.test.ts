/**
 * The validity gate: html-validate (.htmlvalidate.json) finds no error in any page of dist/. The
 * configuration extends the standard, recommended and document presets; every rule of the first two is on,
 * as an error, but one: long-title, an SEO guideline that a page title be at most 70 characters (an article
 * page's title is the article's own headline, which is never shortened; the rule is no accessibility
 * requirement, and WCAG 2.4.2 asks only that a title describe the page). `aria-label-misuse` runs strictly
 * (recommended's `allowAnyNamable: false`: a name only where WAI-ARIA and ARIA in HTML recommend one, not
 * wherever one is merely allowed). Subresource integrity is asked of files from another origin only (the
 * site has none: every file it loads is its own). Here, the validator as configured;
 * tests/site/html-validity.test.ts runs it on dist/.
 */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, Severity, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/helpers.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const page = join(ROOT, 'dist/page.html');
const ERROR = Severity.ERROR;
/** The rules of the standard and recommended presets left out, each with its reason in the header above. */
const LEFT_OUT = ['long-title'];

/** The rules a configuration turns on, each with its severity and options. */
async function rulesOf(loader: FileSystemConfigLoader | StaticConfigLoader) {
  return (await loader.getConfigFor(page)).getRules();
}

async function ruleIds(html: string): Promise<string[]> {
  const report = await validator.validateString(html, page);
  return report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
}

const shell = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>t</title>${head}</head><body><main><h1>t</h1>${body}</main></body></html>`;

describe('the validator as configured', () => {
  it('catches invalid markup (so a clean run means something)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><p id="x">a<div id="x">b</div></body></html>',
      page,
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(report.valid).toBe(false);
    expect(rules).toContain('no-dup-id');
  });

  it('keeps every rule of html-validate:standard and :recommended on, as an error, but those left out', async () => {
    const project = await rulesOf(new FileSystemConfigLoader());
    for (const preset of ['html-validate:standard', 'html-validate:recommended']) {
      const presetRules = await rulesOf(new StaticConfigLoader({ extends: [preset] }));
      const off = [...presetRules]
        .filter(([rule, [severity]]) => severity === ERROR && project.get(rule)?.[0] !== ERROR)
        .map(([rule]) => rule);
      expect(off, preset).toEqual(LEFT_OUT.filter((rule) => presetRules.get(rule)?.[0] === ERROR));
    }
    expect(project.get('aria-label-misuse')).toEqual([ERROR, { allowAnyNamable: false }]);
  });

  it('refuses a name where ARIA does not allow one, and asks integrity of another origin’s script only', async () => {
    expect(await ruleIds(shell('', '<div aria-label="x">y</div>'))).toContain('aria-label-misuse');
    expect(await ruleIds(shell('<script src="https://cdn.example.org/x.js"></script>', ''))).toContain('require-sri');
    expect(await ruleIds(shell('<script src="/x.js"></script>', ''))).toEqual([]);
  });
});
