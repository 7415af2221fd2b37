/**
 * The map files the build wrote (dist/maps/) and the page that shows them: valid,
 * light, the same places and movements as the places page's list, embedded at once
 * on the places page; the article page links there and carries no map (issue 11).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAP_VARIANTS } from '~/map/render.ts';
import { ROOT } from '../support/helpers.ts';
import { MAX_GZIP_BYTES, contentMap, parseSvg } from '../support/map-content.ts';

const { article, model } = contentMap();

// `npm test` builds first: check the files the build wrote, and that the
// places page's list holds exactly the places and movements the map shows.
describe('the built map files', () => {
  const read = (...path: string[]) =>
    parseHTML(readFileSync(join(ROOT, 'dist/articles', article.id, ...path), 'utf8')).document;
  const page = () => read('places', 'index.html');

  it.each(['', '-narrow'])('maps/%s: valid, light, and the same places as the list', (suffix) => {
    const text = readFileSync(join(ROOT, 'dist/maps', `${article.id}${suffix}.svg`), 'utf8');
    const svg = parseSvg(text);
    expect(gzipSync(text).length).toBeLessThanOrEqual(MAX_GZIP_BYTES);
    const onMap = [...svg.querySelectorAll('a.place')].map((a) => a.getAttribute('href')!.split('#')[1]);
    const inList = [...page().querySelectorAll('.place-list > li')].map((li) => li.id);
    expect(onMap).toEqual(inList);
    const routesOnMap = [...svg.querySelectorAll('a.route')].map((a) => a.getAttribute('data-route'));
    expect(routesOnMap).toEqual(
      [...page().querySelectorAll('.route-list > li')].map((li) => li.getAttribute('data-route')),
    );
  });

  it('the places page embeds the map at once, with the map’s title and description as its text alternative', () => {
    const img = page().querySelector('.place-map img')!;
    expect(img.getAttribute('loading')).toBe('eager');
    expect(img.getAttribute('alt')).toBe(`${model.title}. ${model.description}`);
    expect(Number(img.getAttribute('width'))).toBe(MAP_VARIANTS.wide.width);
  });

  it('the article page carries no map: it links to the places page, which has it', () => {
    const document = read('index.html');
    expect(document.querySelector('.place-map, img[src*="/maps/"], source[srcset*="/maps/"]')).toBeNull();
    const links = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(links).toContain(`/articles/${article.id}/places/`);
  });
});
