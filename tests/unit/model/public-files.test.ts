/**
 * The SVG rule of src/model/public-files.ts on the SVGs the build draws (the
 * maps): they pass, so the guard at the end of the build
 * (src/site/served-svg-guard.ts) refuses only what it should; and on each
 * kind of active content, which it refuses with the line.
 */
import { describe, expect, it } from 'vitest';
import { svgProblems } from '~/model/public-files.ts';
import { contentMap } from '../../support/map-content.ts';

describe('svgProblems', () => {
  it('passes the maps the build draws, at every variant', () => {
    const { draw } = contentMap();
    for (const variant of ['wide', 'narrow'] as const) expect(svgProblems(draw(variant).svg)).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', /<script>/],
    ['<rect onclick="x()"/>', /event attribute onclick/],
    ['<foreignObject/>', /foreignObject/],
    ['<use href="https://evil.example/a.svg#x"/>', /refers outside/],
    ['<use xlink:href="data:image/svg+xml,x"/>', /refers outside/],
    ['<style>@import url(https://evil.example/a.css)</style>', /from outside/],
    ['<a href="javascript:alert(1)"><text>x</text></a>', /refers outside/],
    ['<a href="//evil.example/"><text>x</text></a>', /refers outside/],
  ])('refuses %s', (inner, reason) => {
    const problems = svgProblems(`<svg xmlns="http://www.w3.org/2000/svg">\n${inner}</svg>`);
    expect(problems.map((p) => p.message).join('\n')).toMatch(reason);
    expect(problems[0]!.line).toBe(2);
  });

  it('allows a link within the image', () => {
    expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg"><use href="#a" fill="url(#g)"/></svg>')).toEqual([]);
  });
});
