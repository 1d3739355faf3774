// On the real projected world map, as lib/geo's own tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT } from '../../../scripts/build-geometry';
import { buildMapGeometry, countriesFromTopology, measureCountries } from '../geo/map-geometry';
import { MAP_HEIGHT, MAP_WIDTH } from '../geo/projection';
import { parseTopology } from '../geo/topology';
import { MIN_SPAN, slideMapView } from './slide-map';

const geometry = buildMapGeometry(measureCountries(countriesFromTopology(parseTopology('projected', JSON.parse(readFileSync(OUTPUT, 'utf8'))))));
const inside = ([x, y, w, h]: number[], px: number, py: number) => px >= x! && px <= x! + w! && py >= y! && py <= y! + h!;

describe('slideMapView', () => {
  it('outlines the asked countries and frames them all, in the map\'s proportions', () => {
    const codes = ['BJ', 'CI', 'GH', 'GN', 'NG', 'TG'];
    const view = slideMapView(geometry, codes);
    expect(view.outlined.map((o) => o.code)).toEqual(codes);
    expect(view.missing).toEqual([]);
    const [, , w, h] = view.viewBox;
    expect(w / h).toBeCloseTo(MAP_WIDTH / MAP_HEIGHT, 5);
    expect(w).toBeLessThan(MAP_WIDTH / 4);
    for (const code of codes) {
      const [[x0, y0], [x1, y1]] = geometry.byCode.get(code)!.bounds!;
      expect(inside(view.viewBox, x0, y0) && inside(view.viewBox, x1, y1), code).toBe(true);
    }
  });
  it('gives Cabo Verde, missing from the 110m map, a ring inside the frame', () => {
    const view = slideMapView(geometry, ['CV']);
    expect(view.outlined).toEqual([]);
    expect(view.markers).toHaveLength(1);
    expect(inside(view.viewBox, view.markers[0]!.x, view.markers[0]!.y)).toBe(true);
    expect(view.viewBox[2]).toBeCloseTo(MIN_SPAN, 5);
  });
  it('keeps a small country in its neighbourhood and the frame inside the world', () => {
    const [x, y, w, h] = slideMapView(geometry, ['SI']).viewBox;
    expect(w).toBeCloseTo(MIN_SPAN, 5);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x + w).toBeLessThanOrEqual(MAP_WIDTH);
    expect(y + h).toBeLessThanOrEqual(MAP_HEIGHT);
  });
  it('shows the world for countries across it, and for none', () => {
    expect(slideMapView(geometry, ['US', 'AU', 'RU', 'CL']).viewBox).toEqual([0, 0, MAP_WIDTH, MAP_HEIGHT]);
    expect(slideMapView(geometry, []).viewBox).toEqual([0, 0, MAP_WIDTH, MAP_HEIGHT]);
  });
  it('names a code the map cannot place', () => {
    expect(slideMapView(geometry, ['NG', 'ZZ']).missing).toEqual(['ZZ']);
  });
});
