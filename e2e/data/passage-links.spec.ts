/**
 * One click to the words (issue 31): every passage on every claim page sits
 * under its source, with its role, and links to the source with a text
 * fragment that Chromium, following the link, finds in a page holding those
 * words. The original pages are not fetched (no third-party requests, and no
 * network on the test machines): each source's address is answered with a
 * page that holds the passage's words far down, so that finding them scrolls
 * the page; the same page without the words must not scroll, so the check can
 * fail. That the words are on the real page is the editors' part (CONTRIBUTING,
 * "Adding or changing a claim").
 */
import { expect, test } from '@playwright/test';
import { CITATION_ROLE_LABELS, type CitationRole } from '~/model/schemas.ts';
import { passageSegments } from '~/site/text-fragment.ts';
import { claims, sourceUrls } from '../support/content.ts';

const allClaims = claims();
const urls = sourceUrls();

/** A page of the source's own: the passage (its parts, where it leaves words out) after a long gap, or filler. */
const sourcePage = (passage: string | undefined) =>
  '<!doctype html><meta charset="utf-8"><title>source</title><p>Top of the page.</p>' +
  '<div style="height: 6000px"></div>' +
  (passage === undefined
    ? '<p>Words that the passage does not contain.</p>'
    : `<p>${passageSegments(passage)
        .map((part) => part.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
        .join(' and other words here. ')}</p>`) +
  '<div style="height: 6000px"></div>';

test(
  'each passage is under its source with its role, and its link takes Chromium to those words',
  { tag: '@desktop' },
  async ({ page }) => {
    test.setTimeout(240_000);
    let served: string | undefined;
    // Only the sources' addresses are answered here; the site itself is served by the preview server.
    await page.route(
      (url) => url.hostname !== 'localhost' && url.hostname !== '127.0.0.1',
      (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: sourcePage(served) }),
    );
    let followed = 0;
    for (const claim of allClaims) {
      await page.goto(`/claims/${claim.id}/`);
      const shown = await page.locator('.numbered-sources li').evaluateAll((items) =>
        items.flatMap((item) => {
          const source = item.querySelector('cite a')!.getAttribute('href')!;
          return Array.from(item.querySelectorAll('.passage')).map((p) => ({
            source,
            role: p.getAttribute('data-role')!,
            label: p.querySelector('.passage-role')!.textContent.trim(),
            passage: p.querySelector('blockquote')!.textContent.trim(),
            translation: p
              .querySelector('.passage-translation')
              ?.textContent?.replace(/^In English:\s*/, '')
              .trim(),
            href: p.querySelector('a.passage-link')!.getAttribute('href')!,
          }));
        }),
      );
      // Every citation in the file is shown once, under its source's address.
      expect
        .soft(
          shown.map((s) => `${s.source} ${s.role} ${s.passage}`).sort(),
          `${claim.id}: the passages under their sources`,
        )
        .toEqual(claim.citations.map((c) => `${urls.get(c.source)} ${c.role} ${c.passage.trim()}`).sort());
      for (const item of shown) {
        expect.soft(item.label, `${claim.id}: role label`).toBe(CITATION_ROLE_LABELS[item.role as CitationRole]);
        const citation = claim.citations.find((c) => c.passage.trim() === item.passage);
        expect.soft(item.translation, `${claim.id}: translation`).toBe(citation?.translation?.trim());
        expect.soft(item.href.startsWith(item.source), `${claim.id}: ${item.href}`).toBe(true);
        expect.soft(item.href, `${claim.id}: a text fragment`).toMatch(/#(?:[^#]*):~:text=[^#]+$/);
      }
      for (const item of shown) {
        for (const holds of [true, false]) {
          served = holds ? item.passage : undefined;
          await page.goto('about:blank');
          await page.goto(item.href);
          if (holds) {
            await expect
              .poll(() => page.evaluate(() => window.scrollY), {
                message: `${claim.id}: ${item.href} finds "${item.passage}"`,
                timeout: 3_000,
              })
              .toBeGreaterThan(1000);
          } else {
            await page.waitForTimeout(150);
            expect
              .soft(await page.evaluate(() => window.scrollY), `${claim.id}: ${item.href} without the words`)
              .toBe(0);
          }
        }
        followed += 1;
      }
    }
    expect(followed).toBeGreaterThan(0);
  },
);
