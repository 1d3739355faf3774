// Geo joins on the real map data (the projected world-atlas), as d3-geo's own tests do.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT } from '../../../scripts/build-geometry';
import { codeOfCountry } from './countries';
import { buildMapGeometry, countriesFromTopology, isMapPathData, measureCountries, pathRings } from './map-geometry';
import { MAP_HEIGHT, MAP_WIDTH } from './projection';
import { parseTopology } from './topology';

const topology = parseTopology('projected', JSON.parse(readFileSync(OUTPUT, 'utf8')));
const geometry = buildMapGeometry(measureCountries(countriesFromTopology(topology)));

describe('country joins', () => {
  it.each([
    { country: { id: '566', name: 'Nigeria' }, code: 'NG' },
    { country: { id: '807', name: 'Macedonia' }, code: 'MK' },
    { country: { id: '384', name: "Côte d'Ivoire" }, code: 'CI' },
    { country: { name: 'Kosovo' }, code: 'XK' },
    { country: { name: 'N. Cyprus' }, code: undefined },
  ])('$country.name -> $code', ({ country, code }) => {
    expect(codeOfCountry(country)).toBe(code);
  });

  it('draws a shape for every mainland country of the programme, Kosovo included', () => {
    for (const code of ['NG', 'GH', 'SN', 'AF', 'KZ', 'GE', 'UA', 'PL', 'BR', 'SY', 'ME', 'XK', 'GM']) {
      expect(geometry.byCode.get(code)?.d, code).toMatch(/^M/);
    }
  });

  it.each(['CV', 'MT', 'BH', 'SG'])('gives %s, which the 110m map leaves out, a marker inside the frame', (code) => {
    expect(geometry.byCode.has(code)).toBe(false);
    const [x, y] = geometry.markerAt(code)!;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(MAP_WIDTH);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(MAP_HEIGHT);
  });

  it('gives tiny drawn states a marker too, and large ones none', () => {
    expect(geometry.markerAt('GM')).toBeDefined();
    expect(geometry.markerAt('NG')).toBeUndefined();
  });

  it('keys every shape uniquely (ids repeat in world-atlas, names do not)', () => {
    expect(new Set(geometry.shapes.map((s) => s.key)).size).toBe(geometry.shapes.length);
  });
});

describe('region bounds', () => {
  it('puts West Africa west of Central Asia and Cabo Verde at the west edge of its region', () => {
    const westAfrica = geometry.boundsOf(['NG', 'SN', 'GH', 'CV'])!;
    const silkRoutes = geometry.boundsOf(['AF', 'KZ', 'PK'])!;
    expect(westAfrica[1][0]).toBeLessThan(silkRoutes[0][0]);
    expect(westAfrica[0][0]).toBeCloseTo(geometry.markerAt('CV')![0], 5);
  });

  it('ignores overseas parts: Norway is bounded by its mainland', () => {
    const [[, y0], [, y1]] = geometry.boundsOf(['NO'])!;
    expect(y1 - y0).toBeLessThan(80);
  });
});

describe('path data', () => {
  it('writes one M…Z per ring, arcs joined without repeating the point they share', () => {
    const square = buildMapGeometry(measureCountries(countriesFromTopology({
      format: 'projected-world/1',
      unit: 0.5,
      width: 10,
      height: 10,
      // Two arcs of a 2 × 2 square from (1, 1): along the top and right, then back along the bottom and left.
      arcs: [[2, 2, 4, 0, 0, 4], [6, 6, -4, 0, 0, -4]],
      countries: [{ id: '566', name: 'Nigeria', arcs: [[[0, 1]]] }, { name: 'Kosovo', arcs: [[[~1, ~0]]] }],
    })));
    expect(square.shapes.map((s) => s.d)).toEqual(['M1,1l2 0 0 2-2 0z', 'M1,1l0 2 2 0 0-2z']);
    expect(square.byCode.get('NG')).toMatchObject({ area: 4, centroid: [2, 2], bounds: [[1, 1], [3, 3]] });
    expect(square.byCode.get('XK')?.area).toBe(4);
  });
});

describe('pathRings', () => {
  it.each([
    { d: 'M1,1l2 0 0 2-2 0z', rings: [[1, 1, 3, 1, 3, 3, 1, 3]] },
    { d: 'M1,1L3,1L3,3L1,3Z', rings: [[1, 1, 3, 1, 3, 3, 1, 3]] },
    { d: 'M0,0l1.5-.5z M10,10l-1 0z', rings: [[0, 0, 1.5, -0.5], [10, 10, 9, 10]] },
    { d: 'm5,5 1,1 1,1z', rings: [[5, 5, 6, 6, 7, 7]] },
    { d: 'M1e1,2E-1L.5.5', rings: [[10, 0.2, 0.5, 0.5]] },
    { d: 'M1e+1,0l0 1z', rings: [[10, 0, 10, 1]] },
    { d: 'M1,1l1 1zm2,0l1 1z', rings: [[1, 1, 2, 2], [3, 1, 4, 2]] },
    { d: '', rings: [] },
  ])('reads $d', ({ d, rings }) => {
    expect(pathRings(d)).toEqual(rings);
  });

  it.each(['M0,0h10v10z', 'M0,0C1,1 2,2 3,3z', 'M1,1l2z M5,5l1,1z', 'M1,1l2', 'M-,1l1 1z', 'M1,.l1 1z'])('refuses %s rather than drawing a wrong outline', (d) => {
    expect(() => pathRings(d)).toThrow(/path data/);
  });

  it('reads every country of the world exactly as Number() reads each coordinate', () => {
    // A plain reference reader for what the map writes (each ring "M x,y" then relative "l" steps, or absolute "L"):
    // every number by a regular expression and Number(), the steps summed in order.
    const reference = (d: string) =>
      d
        .split(/z/i)
        .filter((part) => part.trim())
        .map((part) => {
          const numbers = [...part.matchAll(/-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g)].map((m) => Number(m[0]));
          const ring: number[] = [];
          let [x, y] = [0, 0];
          for (let i = 0; i < numbers.length; i += 2) {
            if (i === 0 || !part.includes('l')) [x, y] = [numbers[i]!, numbers[i + 1]!];
            else [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
            ring.push(x, y);
          }
          return ring;
        });
    const world = countriesFromTopology(topology);
    for (const { key, d } of world) expect(pathRings(d), key).toEqual(reference(d));
  });

  it('writes steps of a unit with two decimals exactly', () => {
    const [d] = countriesFromTopology({ format: 'projected-world/1', unit: 0.25, width: 10, height: 10, arcs: [[1, 1, 1, 0, 0, 1, -1, -1]], countries: [{ name: 'X', arcs: [[[0]]] }] }).map((c) => c.d);
    // No leading zeros; a space only where the next number would run into the one before.
    expect(d).toBe('M.25,.25l.25 0 0 .25z');
    expect(pathRings(d!)).toEqual([[0.25, 0.25, 0.5, 0.25, 0.5, 0.5]]);
  });

  it('writes numbers as short as path data allows, and reads them back as written', () => {
    // Steps of 0.8, -0.6, 0.6, 1, -1.1: ".8-.6.6 1-1.1", where a second point or a minus starts a number by itself.
    const arcs = [[0, 0, 8, -6, 6, 10, -11, 0, -3, -4]];
    const [d] = countriesFromTopology({ format: 'projected-world/1', unit: 0.1, width: 10, height: 10, arcs, countries: [{ name: 'X', arcs: [[[0]]] }] }).map((c) => c.d);
    expect(d).toBe('M0,0l.8-.6.6 1-1.1 0z');
    const [ring] = pathRings(d!);
    expect(ring!.map((v) => Math.round(v * 10))).toEqual([0, 0, 8, -6, 14, 4, 3, 4]);
  });

  it('reads back every point the world map writes, on its 0.1 px grid', () => {
    for (const shape of geometry.shapes) {
      for (const ring of pathRings(shape.d)) for (const v of ring) expect(Math.abs(v * 10 - Math.round(v * 10)), shape.key).toBeLessThan(1e-6);
    }
  });
});

describe('measureCountries', () => {
  it('measures an outline when it is first read, and a bad one as unmeasured rather than throwing', () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      // Made without throwing: nothing is read until asked.
      const [good, bad] = measureCountries([
        { key: 'Square', code: 'NG', d: 'M1,1l2 0 0 2-2 0z' },
        { key: 'Broken', code: 'GH', d: 'M1,1l2z' },
      ]);
      expect(errors).toHaveLength(0);
      expect([good!.area, good!.centroid, good!.bounds]).toEqual([4, [2, 2], [[1, 1], [3, 3]]]);
      expect([bad!.area, bad!.bounds]).toEqual([NaN, undefined]);
      expect(errors).toHaveLength(1);
      // Asked again, not measured (nor reported) again.
      void bad!.centroid;
      expect(errors).toHaveLength(1);
      // An unmeasured country gets no marker at a point that is not one, and never stands for a code a measured one has.
      expect(buildMapGeometry([good!, bad!]).markerAt('GH')).toBeUndefined();
      const [first, second] = measureCountries([
        { key: 'Broken part', code: 'NG', d: 'M1,1l2z' },
        { key: 'Mainland', code: 'NG', d: 'M1,1l2 0 0 2-2 0z' },
      ]);
      expect(buildMapGeometry([first!, second!]).byCode.get('NG')?.key).toBe('Mainland');
    } finally {
      console.error = original;
    }
  });
});

describe('isMapPathData', () => {
  it('accepts every outline the map writes', () => {
    for (const shape of geometry.shapes) expect(isMapPathData(shape.d), shape.key).toBe(true);
  });

  it('accepts an outline with no rings, as for a country too small to keep one', () => {
    expect(isMapPathData('')).toBe(true);
  });

  it.each(['M0,0h10v10z', 'M0,0C1,1 2,2 3,3z', 'M1,1L3,1L3,3Z', 'M 1 1 l 2 0z', 'M1,1l2 0'])('refuses %j, written otherwise', (d) => {
    expect(isMapPathData(d)).toBe(false);
  });
});
