import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, compassDirection, formatCoordinates, formatDistance, greatCircleKm } from '~/map/geo.ts';

describe('greatCircleKm', () => {
  it('gives a degree of the equator as 2πR/360', () => {
    expect(greatCircleKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })).toBeCloseTo(
      (2 * Math.PI * EARTH_RADIUS_KM) / 360,
      6,
    );
  });

  it('gives a quarter meridian from the equator to the pole', () => {
    expect(greatCircleKm({ latitude: 0, longitude: 20 }, { latitude: 90, longitude: 20 })).toBeCloseTo(
      (Math.PI * EARTH_RADIUS_KM) / 2,
      6,
    );
  });

  it('shrinks a degree of longitude with the cosine of the latitude, and is symmetric', () => {
    const a = { latitude: 60, longitude: 10 };
    const b = { latitude: 60, longitude: 10.01 };
    expect(greatCircleKm(a, b)).toBeCloseTo(
      greatCircleKm({ latitude: 0, longitude: 10 }, { latitude: 0, longitude: 10.01 }) / 2,
      3,
    );
    expect(greatCircleKm(a, b)).toBe(greatCircleKm(b, a));
    expect(greatCircleKm(a, a)).toBe(0);
  });
});

describe('formatting', () => {
  it('rounds distances to the kilometre below 100 km and to 5 km above, with miles', () => {
    expect(formatDistance(58.6)).toBe('about 59 km (36 miles)');
    expect(formatDistance(372.4)).toBe('about 370 km (230 miles)');
  });

  it('writes coordinates with hemispheres, as given', () => {
    expect(formatCoordinates({ latitude: 34.55139, longitude: 38.26806 })).toBe('34.55139° N, 38.26806° E');
    expect(formatCoordinates({ latitude: -33.9, longitude: -70.6 })).toBe('33.9° S, 70.6° W');
  });

  it('names the compass direction from one place to another', () => {
    const palmyra = { latitude: 34.55139, longitude: 38.26806 };
    expect(compassDirection(palmyra, { latitude: 34.5225, longitude: 37.62972 })).toBe('west');
    expect(compassDirection(palmyra, { latitude: 36.34, longitude: 43.13 })).toBe('north-east');
    expect(compassDirection({ latitude: 0, longitude: 0 }, { latitude: -1, longitude: 0 })).toBe('south');
  });
});
