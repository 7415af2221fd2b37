import { describe, expect, it } from 'vitest';
import { isOffSite, offSiteCssLoads, offSiteLoads } from '../../../tools/gates/privacy.ts';

describe('offSiteLoads', () => {
  it('finds scripts, styles, fonts, images, frames and preconnects from other origins', () => {
    const html =
      '<html><head><link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=X">' +
      '<link rel="preconnect" href="https://fonts.gstatic.com"><link rel="canonical" href="https://example.org/a/">' +
      '<script src="//cdn.example.org/a.js"></script><style>@import "https://cdn.example.org/b.css";</style></head>' +
      '<body><img src="/local.png" srcset="/a.png 1x, https://img.example.org/b.png 2x" alt="">' +
      '<iframe src="https://www.youtube.com/embed/x"></iframe><a href="https://example.org/">a link is fine</a></body></html>';
    expect(offSiteLoads(html)).toEqual([
      'link[rel=stylesheet] https://fonts.googleapis.com/css2?family=X',
      'link[rel=preconnect] https://fonts.gstatic.com',
      'script[src] //cdn.example.org/a.js',
      'img[srcset] https://img.example.org/b.png',
      'iframe[src] https://www.youtube.com/embed/x',
      'style https://cdn.example.org/b.css',
    ]);
  });
  it('passes a page that loads only its own files', () => {
    expect(offSiteLoads('<link rel="stylesheet" href="/_astro/a.css"><img src="img.png" alt="">')).toEqual([]);
    expect(isOffSite('data:image/png;base64,AA')).toBe(false);
  });
  it('finds web fonts and images a stylesheet takes from elsewhere', () => {
    expect(
      offSiteCssLoads('@font-face{src:local(X),url(https://cdn.example.org/x.woff2)} a{background:url(/a.png)}'),
    ).toEqual(['https://cdn.example.org/x.woff2']);
  });
});
