/**
 * The site deployed under a sub-path, as a GitHub Pages project site is
 * (`/<repo>/`): `npm run build:base` builds it with BASE_PATH=/annotated-edition/
 * into dist-base/, and Playwright serves it there (project "base-path").
 * From every page, every internal link, asset and anchor must resolve under
 * that prefix, and nothing the pages load may fail.
 */
import { expect, test, type Page } from '@playwright/test';
import { articles } from '../support/content.ts';

/** Every same-origin URL a page refers to, in any attribute, resolved against the page. */
async function references(page: Page): Promise<{ attribute: string; value: string; url: string }[]> {
  return page.evaluate(() => {
    const found: { attribute: string; value: string; url: string }[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const { name, value } of Array.from(element.attributes)) {
        const urlAttribute = ['href', 'src', 'action', 'poster', 'data'].includes(name);
        // Any attribute holding a path on this site (a data-* pointing at a JSON index, say) counts too.
        const looksLikePath = value.startsWith('/') && !value.startsWith('//');
        if (!urlAttribute && !looksLikePath) continue;
        // A folder named in a data-* attribute (the search bundle) is a prefix, not a
        // resource: the files fetched from it are checked by the response listener.
        if (!urlAttribute && value.endsWith('/')) continue;
        const url = new URL(value, document.baseURI);
        if (url.origin !== location.origin) continue;
        found.push({ attribute: `<${element.localName} ${name}>`, value, url: url.href });
      }
    }
    return found;
  });
}

test('every internal link, asset and anchor resolves under the base path, from every page', async ({
  page,
  baseURL,
}) => {
  test.slow();
  const base = new URL(baseURL!);
  const basePath = base.pathname;
  expect(basePath).toBe('/annotated-edition/');

  // Whatever the pages load themselves (stylesheets, icons, a search index fetched by a script) must not fail.
  const failed: string[] = [];
  page.on('response', (response) => {
    if (
      new URL(response.url()).origin === base.origin &&
      response.status() >= 400 &&
      !response.url().includes('/no-such-page/')
    ) {
      failed.push(`${response.status()} ${response.url()}`);
    }
  });

  const start = [base.href, ...articles().map((a) => new URL(`articles/${a.id}/`, base).href)];
  const queue = [...start];
  const visited = new Set<string>();
  const ids = new Map<string, Set<string>>();
  const anchors: { from: string; url: URL; what: string }[] = [];
  const assets = new Map<string, string>();
  const problems: string[] = [];

  const visit = async (href: string, expectedStatus: number) => {
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(expectedStatus);
    ids.set(href.split('#')[0]!, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
    for (const ref of await references(page)) {
      const url = new URL(ref.url);
      const what = `${ref.attribute}="${ref.value}" on ${href}`;
      if (!url.pathname.startsWith(basePath)) {
        problems.push(`${what} leaves the base path ${basePath}`);
        continue;
      }
      if (url.hash.length > 1) anchors.push({ from: href, url: new URL(url.href), what });
      url.hash = '';
      const isPage = url.pathname.endsWith('/') || !/\.[a-z0-9]+$/i.test(url.pathname);
      if (isPage && ref.attribute.startsWith('<a ')) {
        if (!visited.has(url.href) && !queue.includes(url.href)) queue.push(url.href);
      } else {
        assets.set(url.href, what);
      }
    }
  };

  while (queue.length > 0) {
    const href = queue.shift()!;
    visited.add(href);
    await visit(href, 200);
  }
  // The 404 page is served at any unknown address, so its links must not be relative.
  await visit(new URL('no-such-page/', base).href, 404);

  for (const [url, what] of assets) {
    const response = await page.request.get(url);
    if (!response.ok()) problems.push(`${what}: ${response.status()} for ${url}`);
  }
  for (const { url, what } of anchors) {
    const pageUrl = `${url.origin}${url.pathname}`;
    const targetIds = ids.get(pageUrl);
    const id = decodeURIComponent(url.hash.slice(1));
    if (!targetIds) problems.push(`${what}: the page ${pageUrl} was never reached`);
    else if (id !== 'top' && !targetIds.has(id)) problems.push(`${what}: no element with id="${id}" on ${pageUrl}`);
  }

  expect(problems).toEqual([]);
  expect(failed).toEqual([]);
  // The crawl reached every article and checked real anchors and assets.
  for (const href of start) expect(visited.has(href), href).toBe(true);
  expect(anchors.length).toBeGreaterThan(20);
  expect(assets.size).toBeGreaterThan(0);
});

test('each page says when its content last changed and links to its source file', async ({ page }) => {
  for (const article of articles()) {
    await page.goto(`articles/${article.id}/`);
    const history = page.locator('footer [data-page-history]');
    await expect(history.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(history).toContainText(
      /(Last updated|This copy of the edition was made) on \d{1,2} [A-Z][a-z]+ \d{4}\./,
    );
    // npm run build:base sets REPO_URL to an example address.
    await expect(history.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
      'href',
      `https://example.org/editors/annotated-edition/edit/main/content/articles/${article.id}.mdx`,
    );
  }
  await page.goto('./');
  await expect(page.locator('footer [data-edit-link]')).toHaveAttribute(
    'href',
    /\/edit\/main\/src\/pages\/index\.astro$/,
  );
});

test('with REPO_URL set, every note on the article page and every claim page can be disputed', async ({ page }) => {
  const expectDispute = async (link: ReturnType<Page['locator']>, claimId: string) => {
    const href = await link.getAttribute('href');
    expect(href, claimId).toMatch(/^https:\/\/example\.org\/editors\/annotated-edition\/issues\/new\?/);
    const query = new URL(href!).searchParams;
    expect(query.get('claim-id')).toBe(claimId);
    expect(query.get('address')).toMatch(new RegExp(`/annotated-edition/claims/${claimId}/$`));
    expect(query.get('status')).toBeTruthy();
  };
  for (const article of articles()) {
    await page.goto(`articles/${article.id}/`);
    const notes = page.locator('.claim-note');
    const count = await notes.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const note = notes.nth(i);
      const claimId = (await note.getAttribute('id'))!.replace(/^claim-/, '');
      await expectDispute(note.locator('[data-dispute-link]'), claimId);
    }
    const firstClaim = (await notes.first().getAttribute('id'))!.replace(/^claim-/, '');
    await page.goto(`claims/${firstClaim}/`);
    await expectDispute(page.locator('[data-dispute-link]'), firstClaim);
  }
});
