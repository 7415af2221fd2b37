import { expect, test, type Page } from '@playwright/test';
import { CLAIM_STATUSES } from '~/model/statuses.ts';
import { readArticleText } from '~/article/fidelity.ts';
import { selectorMatches } from '~/article/text-quotes.ts';
import { articles, claims, collectionIds, speakers } from './content.ts';

const article = articles()[0]!;
const allClaims = claims();
const statusLabels = Object.values(CLAIM_STATUSES).map((s) => s.label);
const NON_VERDICTS = new Set(['opinion', 'context', 'speculation']);

/** The ids present on the article page, to check that links into it land somewhere. */
async function articleIds(page: Page): Promise<Set<string>> {
  await page.goto(article.path);
  return new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
}

/** Checks that every link into the article points at an id the article page has. */
function expectArticleAnchors(hrefs: (string | null)[], ids: Set<string>) {
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    const url = new URL(href!, 'http://site.invalid');
    expect(url.pathname).toBe(article.path);
    expect(ids.has(url.hash.slice(1)), `${href} has no target on the article page`).toBe(true);
  }
}

const onlyOnce = () => test.skip(test.info().project.name !== 'desktop', 'data files are checked once, on desktop');

test.describe('claims index', () => {
  test('lists every claim once, with status, speaker and source count, grouped by status', async ({ page }) => {
    await page.goto('/claims/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claims');
    const items = page.locator('.claim-item');
    await expect(items).toHaveCount(allClaims.length);
    for (const claim of allClaims) {
      const item = page.locator(`#claim-${claim.id}`);
      await expect(item).toHaveAttribute('data-status', claim.status);
      await expect(item).toHaveAttribute('data-speaker', claim.speaker);
      await expect(item.locator('.status')).toHaveText(
        CLAIM_STATUSES[claim.status as keyof typeof CLAIM_STATUSES].label,
      );
      await expect(item.locator('.claim-item-sources')).toHaveText(
        `${claim.sources.length} source${claim.sources.length === 1 ? '' : 's'}`,
      );
      await expect(item.locator('.claim-item-text a')).toHaveText(claim.claim);
      // Each claim sits in the section of its status.
      await expect(page.locator(`#status-${claim.status} #claim-${claim.id}`)).toHaveCount(1);
    }
    // The status navigation leads to sections that exist.
    for (const link of await page.locator('.claims-nav a[href^="#status-"]').all()) {
      await expect(page.locator((await link.getAttribute('href'))!)).toHaveCount(1);
    }
  });

  test('each claim links to its note in the article', async ({ page }) => {
    const ids = await articleIds(page);
    await page.goto('/claims/');
    const hrefs = await page
      .locator('.claim-item-text a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.map((h) => h!.replace(/^.*#claim-/, '')).sort()).toEqual(allClaims.map((c) => c.id).sort());
    expectArticleAnchors(hrefs, ids);
    await page.locator('.claim-item-text a').first().click();
    await expect(page).toHaveURL(new RegExp(`${article.path}#claim-`));
    await expect(page.locator('.claim-note:target')).toBeInViewport();
  });

  test('without JavaScript: no filter controls, and every claim shows', async ({ page, javaScriptEnabled }) => {
    test.skip(javaScriptEnabled, 'the page without JavaScript');
    await page.goto('/claims/');
    await expect(page.locator('form[data-claim-filters]')).toBeHidden();
    await expect(page.locator('.claim-item:visible')).toHaveCount(allClaims.length);
  });

  test('with JavaScript: filters by status and by speaker', async ({ page, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, 'the filters need JavaScript');
    await page.goto('/claims/');
    const form = page.locator('form[data-claim-filters]');
    await expect(form).toBeVisible();
    await expect(form.locator('[data-filter-count]')).toHaveText(
      `Showing ${allClaims.length} of ${allClaims.length} claims.`,
    );

    await form.getByLabel('Status').selectOption('opinion');
    const opinions = allClaims.filter((c) => c.status === 'opinion');
    const visible = page.locator('.claim-item:visible');
    await expect(visible).toHaveCount(opinions.length);
    expect((await visible.evaluateAll((els) => els.map((e) => e.id))).sort()).toEqual(
      opinions.map((c) => `claim-${c.id}`).sort(),
    );
    await expect(page.locator('#status-supported')).toBeHidden();
    await expect(page).toHaveURL(/\?status=opinion$/);

    await form.getByLabel('Speaker').selectOption('peter-ford');
    const both = opinions.filter((c) => c.speaker === 'peter-ford');
    await expect(visible).toHaveCount(both.length);
    await expect(form.locator('[data-filter-count]')).toHaveText(
      `Showing ${both.length} of ${allClaims.length} claims.`,
    );

    await form.getByLabel('Status').selectOption('');
    await expect(visible).toHaveCount(allClaims.filter((c) => c.speaker === 'peter-ford').length);

    // A filtered address can be shared.
    await page.goto('/claims/?speaker=ray-finch');
    await expect(form.getByLabel('Speaker')).toHaveValue('ray-finch');
    await expect(visible).toHaveCount(allClaims.filter((c) => c.speaker === 'ray-finch').length);
  });
});

test.describe('speaker pages', () => {
  for (const speaker of speakers()) {
    test(`${speaker.id}: the card and every claim the speaker makes`, async ({ page }) => {
      await page.goto(`/speakers/${speaker.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(speaker.name);
      await expect(page.locator(`.speaker-card#speaker-${speaker.id}`)).toHaveCount(1);
      const theirs = allClaims.filter((c) => c.speaker === speaker.id);
      const items = page.locator('.claim-item');
      await expect(items).toHaveCount(theirs.length);
      for (const claim of theirs) {
        await expect(page.locator(`#claim-${claim.id} .status`)).toHaveText(
          CLAIM_STATUSES[claim.status as keyof typeof CLAIM_STATUSES].label,
        );
        await expect(page.locator(`#claim-${claim.id} .claim-item-text a`)).toHaveText(claim.claim);
      }
      // The card's note numbers lead to the claims on the same page.
      for (const link of await page.locator('.speaker-claims a').all()) {
        await expect(page.locator(`${await link.getAttribute('href')}.claim-item`)).toHaveCount(1);
      }
    });
  }

  test('the speakers index and the article’s speaker labels lead to the pages', async ({ page }) => {
    await page.goto('/speakers/');
    for (const speaker of speakers()) {
      await expect(page.getByRole('link', { name: speaker.name, exact: true })).toHaveAttribute(
        'href',
        `/speakers/${speaker.id}/`,
      );
    }
    await page.getByRole('link', { name: speakers()[0]!.name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(speakers()[0]!.name);
  });

  test('claim links on a speaker page go to the article notes', async ({ page }) => {
    const ids = await articleIds(page);
    await page.goto('/speakers/peter-ford/');
    expectArticleAnchors(
      await page.locator('.claim-item-text a').evaluateAll((a) => a.map((l) => l.getAttribute('href'))),
      ids,
    );
  });
});

test.describe('timeline page', () => {
  test('lists every event with an anchor, and its note numbers lead into the article', async ({ page }) => {
    const ids = await articleIds(page);
    await page.goto('/timeline/');
    await expect(page.locator('li.timeline-event')).toHaveCount(collectionIds('events').length);
    for (const id of collectionIds('events')) await expect(page.locator(`#event-${id}`)).toHaveCount(1);
    const hrefs = await page.locator('.event-claims a').evaluateAll((a) => a.map((l) => l.getAttribute('href')));
    expectArticleAnchors(hrefs, ids);
    // Every claim that names an event is linked from it.
    const linked = new Set(hrefs.map((h) => h!.replace(/^.*#claim-/, '')));
    for (const claim of allClaims.filter((c) => c.events.length > 0)) expect(linked.has(claim.id)).toBe(true);
  });
});

test.describe('sources page', () => {
  test('lists every source once, with a unique anchor and where it is cited', async ({ page }) => {
    await page.goto('/sources/');
    const sourceIds = collectionIds('sources');
    await expect(page.locator('.source-index > li')).toHaveCount(sourceIds.length);
    for (const id of sourceIds) await expect(page.locator(`#source-${id}`)).toHaveCount(1);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBe(new Set(ids).size);
    for (const item of await page.locator('.source-index > li').all()) {
      expect(await item.locator('.cited-in > li').count()).toBeGreaterThan(0);
      await expect(item.locator('cite a')).toHaveAttribute('href', /^https:\/\//);
    }
    // A claim's sources list that claim among their citations.
    const claim = allClaims[0]!;
    for (const source of claim.sources) {
      await expect(page.locator(`li:has(> #source-${source}) .cited-in a[href$="#claim-${claim.id}"]`)).toHaveCount(1);
    }
  });
});

test.describe('about page', () => {
  test('explains the statuses and shows the raw scrape beside the cleaned text, removals marked', async ({ page }) => {
    await page.goto('/about/');
    await expect(page.locator('.status-legend dt')).toHaveCount(statusLabels.length);
    const removed = page.locator('.scrape-removed');
    expect(await removed.count()).toBeGreaterThan(0);
    for (const row of await removed.all()) {
      await expect(row.locator('.scrape-raw del')).not.toBeEmpty();
      await expect(row.locator('.scrape-cleaned')).toContainText('Removed:');
    }
    // Every paragraph of the article appears as a kept line, unchanged.
    const kept = await page.locator('.scrape-block .scrape-cleaned p').allTextContents();
    expect(kept).toEqual(article.paragraphs);
  });
});

test.describe('metadata', () => {
  test('every page in the sitemap has a title, description, canonical URL, Open Graph and Twitter card', async ({
    page,
    request,
  }) => {
    onlyOnce();
    const robots = await request.get('/robots.txt');
    expect(robots.status()).toBe(200);
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(await robots.text())?.[1];
    expect(sitemapUrl).toMatch(/\/sitemap-index\.xml$/);
    const index = await request.get(new URL(sitemapUrl!).pathname);
    expect(index.status()).toBe(200);
    const sitemaps = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const pages: string[] = [];
    for (const sitemap of sitemaps) {
      const body = await (await request.get(new URL(sitemap).pathname)).text();
      pages.push(...[...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    }
    const paths = pages.map((p) => new URL(p).pathname);
    for (const expected of [
      '/',
      article.path,
      '/claims/',
      '/speakers/',
      '/timeline/',
      '/sources/',
      '/about/',
      '/search/',
    ]) {
      expect(paths).toContain(expected);
    }
    expect(paths).not.toContain('/404/');
    const favicon = await request.get('/favicon.svg');
    expect(favicon.status()).toBe(200);
    for (const url of pages) {
      const path = new URL(url).pathname;
      await page.goto(path);
      await expect(page).toHaveTitle(/\S/);
      const meta = (selector: string) => page.locator(selector).getAttribute('content');
      expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(40);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(url);
      expect(await meta('meta[property="og:url"]')).toBe(url);
      expect(await meta('meta[property="og:title"]')).toMatch(/\S/);
      expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      const image = await meta('meta[property="og:image"]');
      expect((await request.get(new URL(image!).pathname)).headers()['content-type']).toBe('image/png');
    }
  });

  test('the header links to every page', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Site' });
    for (const [name, path] of [
      ['Claims', '/claims/'],
      ['Speakers', '/speakers/'],
      ['Timeline', '/timeline/'],
      ['Sources', '/sources/'],
      ['About', '/about/'],
      ['Search', '/search/'],
    ] as const) {
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('href', path);
    }
    await nav.getByRole('link', { name: 'Timeline', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline of events');
    await expect(page.getByRole('link', { name: 'Timeline', exact: true })).toHaveAttribute('aria-current', 'page');
  });
});

test.describe('machine-readable data', () => {
  test('JSON-LD parses: the article page’s Article citing the original; each claim page’s own ClaimReview, per verdict', async ({
    page,
  }) => {
    onlyOnce();
    const jsonLd = async () => {
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(blocks).toHaveLength(1);
      const graph = JSON.parse(blocks[0]!) as { '@context': string; '@graph': Record<string, any>[] };
      expect(graph['@context']).toBe('https://schema.org');
      return graph['@graph'];
    };
    await page.goto(article.path);
    const onArticle = await jsonLd();
    expect(onArticle.map((n) => n['@type'])).toEqual(['Article']);
    const edition = onArticle[0]!;
    const originalUrl = await page.locator('.original a').getAttribute('href');
    expect(edition.isBasedOn).toMatchObject({
      url: originalUrl,
      headline: article.title,
      datePublished: article.published,
      publisher: { name: 'RT' },
    });
    expect(edition.citation).toBe(originalUrl);
    // Each claim has a note in the article, and the note links to the claim's page.
    const noteIds = await page.locator('.claim-note').evaluateAll((notes) => notes.map((n) => n.id));

    // The claims index carries no copy of the reviews: each claim page carries its own.
    await page.goto('/claims/');
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
    const verdicts = allClaims.filter((c) => !NON_VERDICTS.has(c.status));
    expect(verdicts.length).toBeGreaterThan(0);
    const people = new Map(speakers().map((s) => [s.id, s.name]));
    for (const claim of allClaims.filter((c) => NON_VERDICTS.has(c.status))) {
      await page.goto(`/claims/${claim.id}/`);
      await expect(page.locator('script[type="application/ld+json"]'), claim.id).toHaveCount(0);
    }
    for (const claim of verdicts) {
      await page.goto(`/claims/${claim.id}/`);
      const reviews = await jsonLd();
      expect(reviews, claim.id).toHaveLength(1);
      const review = reviews[0]!;
      expect(review['@type']).toBe('ClaimReview');
      expect(new URL(review.url).pathname).toBe(`/claims/${claim.id}/`);
      expect(noteIds).toContain(`claim-${claim.id}`);
      expect(review.claimReviewed).toBe(claim.claim);
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.itemReviewed.author.name).toBe(people.get(claim.speaker));
      expect(['Person', 'Organization']).toContain(review.itemReviewed.author['@type']);
      expect(review.itemReviewed.appearance.url).toBe(originalUrl);
      expect(review.reviewRating.alternateName).toBe(CLAIM_STATUSES[claim.status as keyof typeof CLAIM_STATUSES].label);
      expect(review.author).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
      expect(Number.isNaN(Date.parse(review.datePublished))).toBe(false);
      expect(Date.parse(review.datePublished)).toBeLessThanOrEqual(Date.now());
    }
  });

  test('annotations.json: every note, each TextQuoteSelector matching exactly once in the page’s article text', async ({
    page,
    request,
  }) => {
    onlyOnce();
    await page.goto(article.path);
    const { blocks } = await page.locator('[data-article-text]').evaluate(readArticleText);
    const text = blocks.join('\n');
    const response = await request.get('/annotations.json');
    expect(response.status()).toBe(200);
    const collection = await response.json();
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    const items = collection.first.items as Record<string, any>[];
    expect(items.map((a) => a.id.replace(/^.*#claim-/, '')).sort()).toEqual(allClaims.map((c) => c.id).sort());
    const wrapped = await page.locator('[data-article-text] [data-claim]').evaluateAll((els) =>
      els.map((e) => {
        const copy = e.cloneNode(true) as Element;
        for (const added of Array.from(copy.querySelectorAll('[data-annotation]'))) added.remove();
        return { id: e.getAttribute('data-claim')!, text: copy.textContent ?? '' };
      }),
    );
    let targets = 0;
    for (const annotation of items) {
      expect(annotation.type).toBe('Annotation');
      expect(annotation.body.find((b: any) => b.purpose === 'commenting').value).toMatch(/\S/);
      expect(annotation.body.some((b: any) => b.purpose === 'linking' && /^https:\/\//.test(b.source.id))).toBe(true);
      for (const target of annotation.target) {
        targets += 1;
        expect(new URL(target.source).pathname).toBe(article.path);
        const quote = target.selector.find((s: any) => s.type === 'TextQuoteSelector');
        expect(selectorMatches(text, quote), `${annotation.id}: ${quote.exact}`).toHaveLength(1);
        // The exact words are those the page wraps for that claim.
        const id = annotation.id.replace(/^.*#claim-/, '');
        expect(wrapped.filter((w) => w.id === id).map((w) => w.text)).toContain(quote.exact);
      }
    }
    expect(targets).toBe(wrapped.length);
  });

  test('claims.json: the typed claims', async ({ request }) => {
    onlyOnce();
    const data = await (await request.get('/claims.json')).json();
    expect(data.claims).toHaveLength(allClaims.length);
    for (const claim of allClaims) {
      const entry = data.claims.find((c: any) => c.id === claim.id);
      expect(entry).toMatchObject({ speaker: { id: claim.speaker }, status: claim.status, claim: claim.claim });
      expect(entry.sources.map((s: any) => s.id)).toEqual(claim.sources);
      expect(entry.events.map((e: any) => e.id)).toEqual(claim.events);
      for (const source of entry.sources) {
        expect(source).toMatchObject({
          title: expect.any(String),
          publisher: expect.any(String),
          url: expect.stringMatching(/^https:\/\//),
        });
        expect(source.published).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
      expect(new URL(entry.url).pathname + new URL(entry.url).hash).toBe(`${article.path}#claim-${claim.id}`);
    }
  });
});

test.describe('search', () => {
  test('finds “Palmyra” and a claim, loading Pagefind only on the search page', async ({ page, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, 'search needs JavaScript');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/claims/');
    await page.goto(article.path);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search', exact: true }).click();
    const input = page.getByRole('search').getByRole('textbox');
    await input.fill('Palmyra');
    const results = page.locator('.pagefind-ui__result-link');
    await expect(results.first()).toBeVisible();
    expect(
      await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    ).toContain(article.path);
    expect(requests.some((url) => url.includes('/pagefind/pagefind-ui.js'))).toBe(true);

    // A claim's own words find the pages that list it.
    await input.fill('bolt hole');
    await expect(page.locator('.pagefind-ui__message')).toContainText(/result/);
    const paths = await results.evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(paths).toEqual(expect.arrayContaining([article.path, '/claims/']));

    // The address can carry the query.
    await page.goto('/search/?q=Konashenkov');
    await expect(results.first()).toBeVisible();
  });

  test('without JavaScript, the search page says so and points to the claims index', async ({
    page,
    javaScriptEnabled,
  }) => {
    test.skip(javaScriptEnabled, 'the page without JavaScript');
    await page.goto('/search/');
    const notice = page.locator('.search-nojs');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Search needs JavaScript');
    await notice.getByRole('link', { name: 'claims index' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claims');
  });
});

test.describe('every new page', () => {
  for (const path of [
    '/claims/',
    '/speakers/',
    '/speakers/peter-ford/',
    '/timeline/',
    '/sources/',
    '/about/',
    '/search/',
  ]) {
    test(`${path} fits a narrow screen and makes no request to another origin`, async ({ page, baseURL }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.setViewportSize({ width: 320, height: 640 });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const origin = new URL(baseURL!).origin;
      expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    });
  }
});
