// The re-quantized atlas (scripts/build-geometry.ts) must draw the same map as world-atlas's countries-110m.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildGeometry, OUTPUT } from '../../../scripts/build-geometry';
import { ISO_NUMERIC } from './iso-codes';
import { buildMapGeometry } from './map-geometry';
import { createProjection, MAP_HEIGHT, MAP_WIDTH } from './projection';
import { parseTopology } from './topology';

const require = createRequire(import.meta.url);
const text = readFileSync(OUTPUT, 'utf8');
const full = buildMapGeometry(parseTopology('110m', require('world-atlas/countries-110m.json')), createProjection());
const slim = buildMapGeometry(parseTopology('110m.min', JSON.parse(text)), createProjection());
/** Fiji spans the antimeridian: its centroid lies between its halves and moves with any change to either. */
const ANTIMERIDIAN = new Set(['Fiji']);

describe('countries-110m.min.json', () => {
  it('is exactly what scripts/build-geometry.ts writes (run npm run build:geometry after changing it)', () => {
    expect(text).toBe(buildGeometry());
  });

  it('has every feature of world-atlas, in order, with its id and name', () => {
    expect(slim.shapes.map((s) => [s.key, s.code])).toEqual(full.shapes.map((s) => [s.key, s.code]));
    expect(slim.shapes.every((s) => /^M/.test(s.d))).toBe(true);
  });

  it('gives the same countries a marker, at the same place within 0.25 px', () => {
    for (const code of Object.keys(ISO_NUMERIC)) {
      const [a, b] = [full.markerAt(code), slim.markerAt(code)];
      expect(b === undefined, code).toBe(a === undefined);
      if (a && b && !ANTIMERIDIAN.has(full.byCode.get(code)?.key ?? '')) expect(Math.hypot(a[0] - b[0], a[1] - b[1]), code).toBeLessThan(0.25);
    }
  });

  it('keeps areas within 3 % (or 0.2 px²), centroids within 0.25 px and bounds within 0.1 px', () => {
    full.shapes.forEach((f, i) => {
      const s = slim.shapes[i]!;
      expect(Math.abs(s.area - f.area), f.key).toBeLessThan(Math.max(0.2, 0.03 * f.area));
      if (!ANTIMERIDIAN.has(f.key)) expect(Math.hypot(s.centroid[0] - f.centroid[0], s.centroid[1] - f.centroid[1]), f.key).toBeLessThan(0.25);
      if (f.bounds) expect(Math.max(...f.bounds.flatMap((p, a) => p.map((v, b) => Math.abs(v - s.bounds![a]![b]!)))), f.key).toBeLessThan(0.1);
    });
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
