// Geo joins on the real world-atlas data, as d3-geo's own tests do.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { codeOfFeature } from './countries';
import { buildMapGeometry } from './map-geometry';
import { createProjection, MAP_HEIGHT, MAP_WIDTH } from './projection';
import { parseTopology } from './topology';

const require = createRequire(import.meta.url);
const topology = parseTopology('110m', require('world-atlas/countries-110m.json'));
const geometry = buildMapGeometry(topology, createProjection());

describe('country joins', () => {
  it.each([
    { feature: { id: '566', properties: { name: 'Nigeria' } }, code: 'NG' },
    { feature: { id: '807', properties: { name: 'Macedonia' } }, code: 'MK' },
    { feature: { id: '384', properties: { name: "Côte d'Ivoire" } }, code: 'CI' },
    { feature: { properties: { name: 'Kosovo' } }, code: 'XK' },
    { feature: { properties: { name: 'N. Cyprus' } }, code: undefined },
  ])('$feature.properties.name -> $code', ({ feature, code }) => {
    expect(codeOfFeature(feature)).toBe(code);
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
