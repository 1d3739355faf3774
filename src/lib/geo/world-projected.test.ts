// The projected map (scripts/build-geometry.ts) must draw the same map as d3-geo draws from world-atlas's countries-110m.
import { readFileSync } from 'node:fs';
import { geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import { buildGeometry, loadAtlas, OUTPUT, UNIT } from '../../../scripts/build-geometry';
import { codeOfCountry, smallStateCentroid } from './countries';
import { createGeoProjection, mainlandBounds } from '../../../scripts/geo/geo-projection';
import { ISO_NUMERIC } from './iso-codes';
import { buildMapGeometry, countriesFromTopology, MARKER_AREA, measureCountries, pathRings } from './map-geometry';
import { MAP_HEIGHT, MAP_WIDTH } from './projection';
import { parseTopology } from './topology';

const text = readFileSync(OUTPUT, 'utf8');
const slim = buildMapGeometry(measureCountries(countriesFromTopology(parseTopology('projected', JSON.parse(text)))));

/** What the map drew before the projection moved to build time: d3-geo on world-atlas, in the browser. */
const projection = createGeoProjection();
const path = geoPath(projection);
const full = loadAtlas().features.map((f) => {
  const code = codeOfCountry({ id: f.id === undefined ? undefined : String(f.id), name: f.properties.name });
  return { key: f.properties.name, code, d: path(f) ?? '', area: path.area(f), centroid: path.centroid(f), bounds: mainlandBounds(f, projection) };
});
const fullByCode = new Map<string, (typeof full)[number]>();
for (const s of full) if (s.code && !(s.area < (fullByCode.get(s.code)?.area ?? -1))) fullByCode.set(s.code, s);
function fullMarker(code: string): [number, number] | undefined {
  const shape = fullByCode.get(code);
  if (shape) return shape.area < MARKER_AREA ? shape.centroid : undefined;
  const lonLat = smallStateCentroid(code);
  return lonLat ? (projection([lonLat[0], lonLat[1]]) ?? undefined) : undefined;
}

/** Fiji spans the antimeridian: its centroid lies between its halves and moves with any change to either. */
const ANTIMERIDIAN = new Set(['Fiji']);
/**
 * The antimeridian cut leaves Chukotka in the same polygon as Russia's mainland, on the far side of the map: d3's
 * bounds take both, the app's (the largest ring's, as path data has rings, not polygons) the mainland only.
 */
const CUT_AT_ANTIMERIDIAN = new Set(['Russia']);
const points = (d: string) =>
  pathRings(d).flatMap((ring) => Array.from({ length: ring.length / 2 }, (_, i) => [ring[2 * i]!, ring[2 * i + 1]!] as const));

describe('countries-110m.projected.json', () => {
  it('is exactly what scripts/build-geometry.ts writes (run npm run build:geometry after changing it)', () => {
    expect(text).toBe(buildGeometry());
  });

  it('has every feature of world-atlas, in order, with its id and name', () => {
    expect(slim.shapes.map((s) => [s.key, s.code])).toEqual(full.map((s) => [s.key, s.code]));
    expect(slim.shapes.every((s) => /^M/.test(s.d))).toBe(true);
  });

  it(`puts every point of every outline within half a ${UNIT} px grid step of where d3-geo draws it`, () => {
    const halfStep = (UNIT / 2) * Math.SQRT2 + 1e-9;
    full.forEach((f, i) => {
      const ref = points(f.d);
      const drawn = points(slim.shapes[i]!.d);
      // Snapping merges neighbouring points and drops islands under a grid step, never adds any.
      expect(drawn.length, f.key).toBeLessThanOrEqual(ref.length);
      expect(drawn.length, f.key).toBeGreaterThan(0.5 * ref.length);
      for (const [x, y] of drawn) expect(Math.min(...ref.map(([a, b]) => Math.hypot(a - x, b - y))), f.key).toBeLessThanOrEqual(halfStep);
    });
  });

  it('gives the same countries a marker, at the same place within 0.25 px', () => {
    for (const code of Object.keys(ISO_NUMERIC)) {
      const [a, b] = [fullMarker(code), slim.markerAt(code)];
      expect(b === undefined, code).toBe(a === undefined);
      if (a && b && !ANTIMERIDIAN.has(fullByCode.get(code)?.key ?? '')) expect(Math.hypot(a[0] - b[0], a[1] - b[1]), code).toBeLessThan(0.25);
    }
  });

  // Snapping to the grid moves a 4 × 4 px island's outline by up to 0.05 px all round: up to 0.8 px² of its 16.
  it('keeps areas within 3 % (or 0.5 px²), centroids within 0.25 px and bounds within 0.1 px', () => {
    full.forEach((f, i) => {
      const s = slim.shapes[i]!;
      expect(Math.abs(s.area - f.area), f.key).toBeLessThan(Math.max(0.5, 0.03 * f.area));
      if (!ANTIMERIDIAN.has(f.key)) expect(Math.hypot(s.centroid[0] - f.centroid[0], s.centroid[1] - f.centroid[1]), f.key).toBeLessThan(0.25);
      if (f.bounds && !CUT_AT_ANTIMERIDIAN.has(f.key)) expect(Math.max(...f.bounds.flatMap((p, a) => p.map((v, b) => Math.abs(v - s.bounds![a]![b]!)))), f.key).toBeLessThan(0.1);
    });
  });

  it("bounds Russia by its mainland, not by Chukotka on the map's far side", () => {
    const [[x0], [x1]] = slim.byCode.get('RU')!.bounds!;
    expect(x0).toBeGreaterThan(MAP_WIDTH / 3);
    expect(x1 - x0).toBeLessThan(MAP_WIDTH / 2);
  });

  it('passes the map-geometry checks: programme countries drawn, small states as markers inside the frame', () => {
    for (const code of ['NG', 'GH', 'SN', 'AF', 'KZ', 'GE', 'UA', 'PL', 'BR', 'SY', 'ME', 'XK', 'GM']) expect(slim.byCode.get(code)?.d, code).toMatch(/^M/);
    for (const code of ['CV', 'MT', 'BH', 'SG']) {
      const [x, y] = slim.markerAt(code)!;
      expect(x > 0 && x < MAP_WIDTH && y > 0 && y < MAP_HEIGHT, code).toBe(true);
    }
    expect(slim.markerAt('GM')).toBeDefined();
    expect(slim.markerAt('NG')).toBeUndefined();
    expect(new Set(slim.shapes.map((s) => s.key)).size).toBe(slim.shapes.length);
  });
});
