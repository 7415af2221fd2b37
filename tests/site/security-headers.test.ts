/**
 * The security-header gate on dist/: every built page carries PAGE_POLICY in
 * a <meta>, first in its <head>, and any inline script or style would need
 * its hash in both that policy and public/_headers
 * (tests/unit/security-headers.test.ts checks the policies themselves).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { PAGE_POLICY, cspHash, headersFor, parseCsp, parseHeadersFile } from '~/site/security-headers.ts';
import { builtSite } from '../support/built.ts';
import { readProjectFile } from '../support/helpers.ts';

const rules = parseHeadersFile(readProjectFile('public/_headers'));
const headerPolicy = headersFor(rules, '/').get('content-security-policy') ?? '';

const site = builtSite();
describe('every built page', () => {
  it.each(site.pages)(
    '$path carries a strict <meta> policy that covers, with the header, all its inline code',
    ({ file }) => {
      const { document } = parseHTML(site.readText(file));
      const metas = document.querySelectorAll('meta[http-equiv="content-security-policy" i]');
      expect(metas.length).toBe(1);
      const meta = metas[0]!;
      // A <meta> policy governs only what comes after it.
      expect(meta.parentElement?.localName).toBe('head');
      // JSON-LD data blocks are not run, so they may come first.
      const governed = Array.from(
        document.querySelectorAll(
          'meta[http-equiv], script:not([type="application/ld+json"]), style, link[rel~="stylesheet"]',
        ),
      );
      expect(governed[0]?.outerHTML.slice(0, 60)).toBe(meta.outerHTML.slice(0, 60));
      const policy = meta.getAttribute('content')!;
      expect(policy).toBe(PAGE_POLICY);

      const metaCsp = parseCsp(policy);
      const headerCsp = parseCsp(headerPolicy);
      const allowed = (csp: Map<string, string[]>, kind: 'script' | 'style') =>
        csp.get(`${kind}-src-elem`) ?? csp.get(`${kind}-src`) ?? csp.get('default-src') ?? [];
      // Data blocks (JSON-LD) are never executed, so script-src does not apply to them.
      const inlineScripts = 'script:not([src]):not([type="application/ld+json"])';
      for (const [kind, selector] of [
        ['script', inlineScripts],
        ['style', 'style'],
      ] as const) {
        for (const element of Array.from(document.querySelectorAll(selector))) {
          const hash = cspHash(element.textContent ?? '');
          expect(allowed(metaCsp, kind), `inline ${kind} in ${file} needs ${hash} in the <meta> policy`).toContain(
            hash,
          );
          expect(allowed(headerCsp, kind), `inline ${kind} in ${file} needs ${hash} in public/_headers`).toContain(
            hash,
          );
        }
      }
      // Neither policy allows style or event-handler attributes.
      expect(document.querySelectorAll('[style]').length).toBe(0);
      const handlers = Array.from(document.querySelectorAll('*')).flatMap((el) =>
        Array.from(el.attributes)
          .filter((a) => /^on/i.test(a.name))
          .map((a) => `${el.localName}[${a.name}]`),
      );
      expect(handlers).toEqual([]);
    },
  );
});
