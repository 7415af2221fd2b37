/**
 * The page-weight budget in the test command: an article page's first view
 * (HTML, CSS, JS, fonts, images, each gzip-compressed) is at most 20 KB, of
 * which JavaScript at most 2 KB. `npm run bench` prints the split.
 */
import { describe, expect, it } from 'vitest';
import {
  budgetProblems,
  gzipSize,
  kindOfPath,
  measureFirstView,
  pageResourceUrls,
  visibleText,
} from '../../../tools/gates/page-weight.ts';

const fixture = (files: Record<string, string>, base = '/') => ({
  files: new Set(Object.keys(files)),
  read: (file: string) => Buffer.from(files[file] ?? ''),
  base,
});

describe('measureFirstView', () => {
  const html =
    '<!doctype html><html><head><link rel="stylesheet" href="/s.css"><link rel="icon" href="/i.svg">' +
    '<link rel="prefetch" href="/later.html"><script type="module" src="/a.js"></script></head>' +
    '<body><p>Hello <span class="visually-hidden">hidden</span>reader</p><img src="pic.png" alt=""><img src="/pic.png" alt="">' +
    '<script>var x = 1;</script><a href="/other/">not loaded</a></body></html>';
  const files = {
    'p/index.html': html,
    's.css': '@import "t.css"; @font-face{font-family:X;src:url(/f.woff2)} body{background:url("bg.svg")}',
    't.css': 'p{color:red}',
    'f.woff2': 'FONTDATA',
    'bg.svg': '<svg/>',
    'i.svg': '<svg/>',
    'a.js': 'console.log(1)',
    'p/pic.png': 'PNG',
    'pic.png': 'PNG2',
    'later.html': 'later',
  };

  it('counts the page and what it loads at once, through stylesheets, each file once and gzip-compressed', () => {
    const view = measureFirstView(fixture(files), 'p/index.html');
    expect(view.resources.map((r) => [r.file, r.kind])).toEqual([
      ['p/index.html', 'html'],
      ['s.css', 'css'],
      ['t.css', 'css'],
      ['f.woff2', 'font'],
      ['bg.svg', 'image'],
      ['i.svg', 'image'],
      ['a.js', 'js'],
      ['p/pic.png', 'image'],
      ['pic.png', 'image'],
    ]);
    expect(view.unresolved).toEqual([]);
    expect(view.byKind.js.gzip).toBe(gzipSize('console.log(1)'));
    expect(view.total.gzip).toBe(view.resources.reduce((sum, r) => sum + r.gzip, 0));
    expect(view.total.gzip).toBe(Object.values(view.byKind).reduce((sum, k) => sum + k.gzip, 0));
    expect(view.text.gzip).toBe(gzipSize('Hello reader not loaded'));
    expect(view.ratio).toBeCloseTo(view.total.gzip / view.text.gzip);
  });

  it('reports lazy images apart, outside the totals, unless the page also loads them at once', () => {
    const page =
      '<link rel="stylesheet" href="/s.css"><img src="/map.svg" loading="lazy" alt=""><img src="/i.svg" loading="lazy" alt="">';
    const view = measureFirstView(
      fixture({ 'index.html': page, 's.css': 'a{}', 'map.svg': '<svg/>', 'i.svg': '<svg/>' }),
      'index.html',
    );
    expect(view.resources.map((r) => r.file)).toEqual(['index.html', 's.css']);
    expect(view.deferred.map((r) => [r.file, r.kind])).toEqual([
      ['map.svg', 'image'],
      ['i.svg', 'image'],
    ]);
    expect(view.total.gzip).toBe(view.resources.reduce((sum, r) => sum + r.gzip, 0));
    const both = measureFirstView(
      fixture({
        'index.html': `${page}<img src="/i.svg" alt="">`,
        's.css': 'a{}',
        'map.svg': '<svg/>',
        'i.svg': '<svg/>',
      }),
      'index.html',
    );
    expect(both.resources.map((r) => r.file)).toEqual(['index.html', 's.css', 'i.svg']);
    expect(both.deferred.map((r) => r.file)).toEqual(['map.svg']);
  });

  it('reports a print-only stylesheet apart, outside the totals; a stylesheet for screen and print counts', () => {
    const page =
      '<link rel="stylesheet" href="/s.css"><link rel="stylesheet" href="/p.css" media="print">' +
      '<link rel="stylesheet" href="/both.css" media="screen, print">';
    const view = measureFirstView(
      fixture({ 'index.html': page, 's.css': 'a{}', 'p.css': '@page{margin:1cm}', 'both.css': 'b{}' }),
      'index.html',
    );
    expect(view.resources.map((r) => r.file)).toEqual(['index.html', 's.css', 'both.css']);
    expect(view.print.map((r) => [r.file, r.kind])).toEqual([['p.css', 'css']]);
    expect(view.deferred).toEqual([]);
    expect(view.total.gzip).toBe(view.resources.reduce((sum, r) => sum + r.gzip, 0));
  });

  it('reports what the page loads from elsewhere or what is missing, and fails the budget for it', () => {
    const page = '<link rel="stylesheet" href="https://cdn.example.org/x.css"><script src="/gone.js"></script>';
    const view = measureFirstView(fixture({ 'index.html': page }), 'index.html');
    expect(view.unresolved).toEqual(['https://cdn.example.org/x.css', '/gone.js']);
    expect(budgetProblems(view)).toHaveLength(1);
  });

  it('resolves URLs under a sub-path base', () => {
    const view = measureFirstView(
      fixture({ 'index.html': '<link rel="stylesheet" href="/sub/s.css">', 's.css': 'a{}' }, '/sub/'),
      'index.html',
    );
    expect(view.resources.map((r) => r.path)).toEqual(['/index.html', '/s.css']);
  });

  it('fails a page over the total or over the JavaScript budget, and passes one within both', () => {
    const view = measureFirstView(fixture(files), 'p/index.html');
    expect(budgetProblems(view, { total: view.total.gzip, js: view.byKind.js.gzip })).toEqual([]);
    expect(budgetProblems(view, { total: view.total.gzip - 1, js: 10_000 })).toEqual([
      `p/index.html: first view is ${view.total.gzip} bytes gzip, over the budget of ${view.total.gzip - 1}`,
    ]);
    expect(budgetProblems(view, { total: 100_000, js: view.byKind.js.gzip - 1 })[0]).toMatch(
      /JavaScript is \d+ bytes gzip/,
    );
  });
});

describe('helpers', () => {
  it('classifies files by extension', () => {
    expect(['/a.css', '/b.mjs', '/c.woff2', '/d.svg?v=1', '/e.json', '/f/'].map(kindOfPath)).toEqual([
      'css',
      'js',
      'font',
      'image',
      'other',
      'other',
    ]);
  });
  it('lists the URLs a page loads at once but not links or prefetches', () => {
    expect(
      pageResourceUrls(
        '<link rel="preload" href="/f.woff2" as="font"><link rel="prefetch" href="/x"><a href="/y">y</a>',
      ),
    ).toEqual({
      now: ['/f.woff2'],
      deferred: [],
      print: [],
    });
  });
  it('defers lazy images and every candidate of a lazy picture, but not eager ones', () => {
    const html =
      '<picture><source media="(max-width: 30em)" srcset="/n.svg 1x, /n2.svg 2x"><img src="/w.svg" loading="lazy" alt=""></picture>' +
      '<picture><source srcset="/e.webp"><img src="/e.png" alt=""></picture><img src="/l.png" loading="LAZY" alt="">';
    expect(pageResourceUrls(html)).toEqual({
      now: ['/e.png', '/e.webp'],
      deferred: ['/w.svg', '/l.png', '/n.svg', '/n2.svg'],
      print: [],
    });
  });
  it('reads only the text a reader sees', () => {
    const page = (body: string) => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;
    expect(
      visibleText(page('<p>A <b>B</b></p><p hidden>C</p><span aria-hidden="true">D</span><style>p{}</style>\n E')),
    ).toBe('A B E');
    expect(visibleText(page('<h1>Title</h1><ul><li>one</li><li>two<sup>1</sup></li></ul>'))).toBe('Title one two1');
    expect(visibleText(page('<p><span>Sources:</span><ul><li>one</li></ul></p>'))).toBe('Sources: one');
  });
});
