/**
 * The timeline page (/timeline/): every event, dated and sourced, the article's date marked, links both ways to the
 * notes. One test reads each page it needs once, in one call into it (the pages are static once loaded).
 */
import { expect, test } from '@playwright/test';
import { expectArticleAnchors } from '../support/article-links.ts';
import { articles, claims, collectionIds } from '../support/content.ts';

const allClaims = claims();

for (const article of articles()) {
  test.describe(`article ${article.id}`, () => {
    test('the timeline page lists every event, dated, sourced and anchored, in order, marks the article’s date, and links both ways to the notes', async ({
      page,
    }) => {
      await page.goto(article.path);
      const onArticle = new Map(
        await page.evaluate(() =>
          Array.from(document.querySelectorAll('[id]')).map((e) => [e.id, e.className] as const),
        ),
      );
      await page.goto('/timeline/');
      const timeline = await page.evaluate(() => {
        const hrefs = (selector: string) =>
          Array.from(document.querySelectorAll(selector)).map((a) => a.getAttribute('href')!);
        const items = Array.from(document.querySelectorAll('ol.timeline-list > li'));
        const marker = document.querySelectorAll('ol.timeline-list > li.timeline-article');
        return {
          items: items.length,
          dates: items.flatMap((li) =>
            Array.from(li.querySelectorAll(':scope > time')).map((t) => t.getAttribute('datetime') ?? ''),
          ),
          markers: marker.length,
          markerDates: Array.from(marker[0]?.querySelectorAll('time') ?? []).map((t) => t.getAttribute('datetime')),
          markerText: (marker[0]?.textContent ?? '').replace(/\s+/g, ' '),
          events: Array.from(document.querySelectorAll('li.timeline-event')).map((li) => ({
            id: li.id,
            sources: li.querySelectorAll('.event-sources a[href^="https://"]').length,
          })),
          ids: Array.from(document.querySelectorAll('[id]')).map((e) => e.id),
          toNotes: hrefs('.event-claims a'),
        };
      });
      // Every event, with an anchor.
      expect(timeline.events).toHaveLength(collectionIds('events').length);
      for (const id of collectionIds('events')) {
        expect
          .soft(
            timeline.ids.filter((other) => other === `event-${id}`),
            `#event-${id}`,
          )
          .toHaveLength(1);
      }
      // Dated, in order, with the article's date among them.
      expect(timeline.items).toBe(collectionIds('events').length + 1);
      for (const date of timeline.dates) expect.soft(date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(timeline.dates).toEqual([...timeline.dates].sort());
      expect(timeline.markers, 'the article’s date').toBe(1);
      expect(timeline.markerDates).toEqual([article.published]);
      expect(timeline.markerText).toContain('This article is published');
      // Sourced.
      for (const event of timeline.events) expect.soft(event.sources, `${event.id}: sources`).toBeGreaterThan(0);
      // Its note numbers lead into the article, to notes; every claim that names an event is linked from it.
      expect(timeline.toNotes.length).toBeGreaterThan(0);
      expectArticleAnchors(timeline.toNotes, new Set(onArticle.keys()));
      for (const href of timeline.toNotes) {
        const [path, id] = href.split('#');
        expect(path).toBe(article.path);
        expect.soft(onArticle.get(id!), `${href}: a note`).toMatch(/claim-note/);
      }
      const linked = new Set(timeline.toNotes.map((h) => h.replace(/^.*#claim-/, '')));
      for (const claim of allClaims.filter((c) => c.events.length > 0)) {
        expect.soft(linked.has(claim.id), `${claim.id}: linked from its events`).toBe(true);
      }

      // Every event a claim names is listed, dated, on the claim's own page and links to the timeline.
      // The claim pages are one family: e2e/pages/claim-pages.spec.ts walks them all on desktop; here, in
      // every project, the first that names an event (e2e/support/site.ts).
      const claim = allClaims.find((c) => c.events.length > 0)!;
      await page.goto(`/claims/${claim.id}/`);
      const { toEvents, dates } = await page.evaluate(() => ({
        toEvents: Array.from(document.querySelectorAll('.dated-list a[href*="/timeline/#event-"]')).map((a) =>
          a.getAttribute('href')!,
        ),
        // The dated list gives each row's date in its own column.
        dates: Array.from(
          document.querySelectorAll('.dated-list tr:has(a[href*="/timeline/#event-"]) .dated-date time'),
        ).map((t) => t.getAttribute('datetime')),
      }));
      expect([...toEvents].sort(), claim.id).toEqual(claim.events.map((id) => `/timeline/#event-${id}`).sort());
      for (const date of dates) expect.soft(date, claim.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(toEvents.length).toBeGreaterThan(0);
      expect(dates.length, `${claim.id}: each event dated`).toBe(toEvents.length);
      const events = new Set(timeline.events.map((e) => e.id));
      for (const href of toEvents) {
        const [path, id] = href.split('#');
        expect(path).toBe('/timeline/');
        expect.soft(events.has(id!), `${href}: an event on the timeline`).toBe(true);
      }
    });
  });
}

/**
 * How the timeline reads: one heading for the page, the years marked on the axis where they begin, and each
 * event's date, title, sources, notes and places on lines of their own, one below the other.
 */
test('the timeline has one heading, its years on the axis, and each event’s details on their own lines', async ({
  page,
}) => {
  await page.goto('/timeline/');
  const layout = await page.evaluate(() => {
    const box = (el: Element) => el.getBoundingClientRect();
    return {
      h1: Array.from(document.querySelectorAll('h1')).map((h) => h.textContent.trim()),
      headings: Array.from(document.querySelectorAll('main :is(h2, h3)')).map((h) => h.textContent.trim()),
      lists: Array.from(document.querySelectorAll('ol.timeline-list')).map((ol) => {
        const axis = box(ol).left + parseFloat(getComputedStyle(ol).borderLeftWidth) / 2;
        return Array.from(ol.querySelectorAll(':scope > li')).map((li) => {
          const mark = li.querySelector(':scope > .timeline-year');
          const year = li.querySelector(':scope > time')!.getAttribute('datetime')!.slice(0, 4);
          return {
            year,
            mark: mark?.textContent?.trim(),
            onAxis: mark ? box(mark).left < axis && box(mark).right > axis : false,
            aboveItsDate: mark ? box(mark).bottom <= box(li.querySelector(':scope > time')!).top : false,
            visible: mark ? mark.checkVisibility() : false,
          };
        });
      }),
      events: Array.from(document.querySelectorAll('li.timeline-event')).map((li) => ({
        id: li.id,
        lines: Array.from(
          li.querySelectorAll(':scope > :is(time, .event-title, .event-sources, .event-claims, .event-places)'),
        ).map((el) => ({ left: box(el).left, top: box(el).top, bottom: box(el).bottom })),
      })),
    };
  });
  expect(layout.h1).toEqual(['Timeline']);
  expect(layout.headings, 'no second “Timeline” heading').not.toContain('Timeline');
  // The first item of each list, and each item whose year differs from the one before it, carries its year.
  let previous: string | undefined;
  const marked = new Set<string>();
  for (const list of layout.lists) {
    list.forEach((item, i) => {
      const starts = i === 0 || item.year !== previous;
      previous = item.year;
      expect
        .soft(item.mark, `the item of ${item.year} ${starts ? 'starts' : 'does not start'} its year`)
        .toBe(starts ? item.year : undefined);
      if (!item.mark) return;
      marked.add(item.mark);
      expect.soft(item.onAxis, `the mark of ${item.year} sits across the axis`).toBe(true);
      expect.soft(item.aboveItsDate, `the mark of ${item.year} stands above its first date`).toBe(true);
      expect.soft(item.visible, `the mark of ${item.year} is shown`).toBe(true);
    });
  }
  expect([...marked].sort()).toEqual([...new Set(layout.lists.flat().map((y) => y.year))].sort());
  expect(marked.size, 'the axis spans more than one year').toBeGreaterThan(1);
  // Each event's parts one below the other, starting at the same left edge.
  for (const event of layout.events) {
    expect.soft(event.lines.length, `${event.id}: date, title and sources`).toBeGreaterThanOrEqual(3);
    event.lines.slice(1).forEach((line, i) => {
      const above = event.lines[i]!;
      expect.soft(line.top, `${event.id}: part ${i + 2} below part ${i + 1}`).toBeGreaterThanOrEqual(above.bottom - 1);
      expect
        .soft(Math.abs(line.left - event.lines[0]!.left), `${event.id}: part ${i + 2} starts a line`)
        .toBeLessThan(1);
    });
  }
});
