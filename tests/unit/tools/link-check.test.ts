/** The link checker on small sites made up here; tests/site/link-check.test.ts runs it on the builds. */
import { describe, expect, it } from 'vitest';
import { checkLinks, cssUrls, formatLinkProblems } from '../../../tools/gates/link-check.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('checkLinks', () => {
  const files = new Set(['index.html', 'a/index.html', 'style.css', 'font.woff2', 'img.svg', '404.html']);
  const site = (body: string, extra: { file: string; html: string }[] = []) => ({
    pages: [
      { file: 'index.html', html: page(body) },
      { file: 'a/index.html', html: page('<p id="here">x</p><a name="old">y</a>') },
      ...extra,
    ],
    files,
  });

  it('passes links to pages, files and anchors that exist', () => {
    const body =
      '<a href="/a/">a</a><a href="a/">rel</a><a href="/a">no slash</a><a href="/a/#here">anchor</a><a href="/a/#old">name</a>' +
      '<a href="#me" id="me">self</a><img src="/img.svg" srcset="/img.svg 1x, img.svg 2x" alt=""><a href="/404.html">404</a>' +
      '<a href="https://example.org/x">out</a><a href="mailto:a@example.org">mail</a>';
    expect(checkLinks(site(body))).toEqual([]);
  });

  it('reports a missing page, a missing anchor and a missing file, naming each', () => {
    const problems = checkLinks(
      site('<a href="/b/">b</a><a href="/a/#gone">x</a><a href="#nowhere">y</a><img src="/nope.png" alt="">'),
    );
    expect(formatLinkProblems(problems).split('\n')).toEqual([
      'index.html: a[href] "/b/" leads to no file in the built site',
      'index.html: a[href] "/a/#gone" names #gone, which a/index.html does not have',
      'index.html: a[href] "#nowhere" names #nowhere, which index.html does not have',
      'index.html: img[src] "/nope.png" leads to no file in the built site',
    ]);
  });

  it('checks footnote back-links like any other anchor', () => {
    const body =
      '<p>text<sup><a href="#note-1" id="ref-1">1</a></sup></p><ol><li id="note-1"><a href="#ref-2">↩</a></li></ol>';
    expect(checkLinks(site(body)).map((p) => p.url)).toEqual(['#ref-2']);
  });

  it('refuses http, protocol-relative, javascript, empty and bare-hash links', () => {
    const body =
      '<a href="http://example.org/">a</a><a href="//cdn.example.org/x.js">b</a><a href="javascript:void(0)">c</a><a href="">d</a><a href="#">e</a>';
    expect(checkLinks(site(body)).map((p) => p.problem)).toEqual([
      'uses http:, but links must be https',
      'is protocol-relative; write https:// in full',
      'uses javascript:, but links must be https',
      'is empty',
      'is a bare "#", which leads nowhere',
    ]);
  });

  it('checks script, stylesheet and CSS url() targets', () => {
    const problems = checkLinks({
      ...site('<link rel="stylesheet" href="/style.css"><script src="/app.js"></script>'),
      stylesheets: [
        {
          file: 'style.css',
          css: '@font-face{src:url("font.woff2")} a{background:url(/missing.png)} /* url(x.png) */',
        },
      ],
    });
    expect(formatLinkProblems(problems).split('\n')).toEqual([
      'index.html: script[src] "/app.js" leads to no file in the built site',
      'style.css: css url() "/missing.png" leads to no file in the built site',
    ]);
  });

  it('resolves links under a sub-path base and reports those outside it', () => {
    const problems = checkLinks({ ...site('<a href="/sub/a/#here">in</a><a href="/a/">out</a>'), base: '/sub/' });
    expect(problems.map((p) => [p.url, p.problem])).toEqual([['/a/', "lies outside the site's base /sub/"]]);
  });
});

describe('data: URLs', () => {
  it('accepts an image embedded in a stylesheet but refuses data: as a link', () => {
    const files = new Set(['index.html', 'style.css']);
    const problems = checkLinks({
      pages: [
        {
          file: 'index.html',
          html: '<!doctype html><html lang="en"><head><title>t</title></head><body><a href="data:text/html,x">x</a></body></html>',
        },
      ],
      stylesheets: [{ file: 'style.css', css: '.i { background: url("data:image/svg+xml,%3Csvg%3E") }' }],
      files,
    });
    expect(problems.map((p) => `${p.where} ${p.problem}`)).toEqual(['a[href] uses data:, but links must be https']);
  });
});

describe('links to the site’s own address', () => {
  const files = new Set(['index.html', 'a/index.html']);
  const html =
    '<!doctype html><html lang="en"><head><title>t</title><link rel="canonical" href="http://localhost:4321/a/"></head><body><a href="http://localhost:4321/missing/">x</a></body></html>';
  it('checks them as local links, so an http canonical link to the local preview is fine but a missing page is not', () => {
    const problems = checkLinks({ pages: [{ file: 'index.html', html }], files, site: 'http://localhost:4321' });
    expect(problems.map((p) => `${p.where} ${p.url} ${p.problem}`)).toEqual([
      'a[href] /missing/ leads to no file in the built site',
    ]);
  });
  it('refuses them as http links when the site is elsewhere', () => {
    const problems = checkLinks({ pages: [{ file: 'index.html', html }], files, site: 'https://example.org' });
    expect(problems.map((p) => p.problem)).toEqual([
      'uses http:, but links must be https',
      'uses http:, but links must be https',
    ]);
  });
});

describe('cssUrls', () => {
  it('finds quoted and bare url() and @import, ignoring comments', () => {
    expect(
      cssUrls(`@import "a.css"; b{background:url( 'b.png' )} c{src:url(c.woff2) format("woff2")} /* url(d.png) */`),
    ).toEqual(['a.css', 'b.png', 'c.woff2']);
  });
});
