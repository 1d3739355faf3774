// The browser's Equal Earth must put points exactly where d3-geo's fitted projection (build time) does.
import { describe, expect, it } from 'vitest';
import { createGeoProjection } from '../../../scripts/geo/geo-projection';
import { createProjection, EQUAL_EARTH_FIT } from './projection';
import { SMALL_STATE_CENTROIDS } from './small-states';

describe('createProjection', () => {
  it('uses the scale and translate d3 fits to the frame (update EQUAL_EARTH_FIT when the frame changes)', () => {
    const d3 = createGeoProjection();
    expect(d3.scale()).toBeCloseTo(EQUAL_EARTH_FIT.scale, 9);
    expect(d3.translate()).toEqual(EQUAL_EARTH_FIT.translate.map((v) => expect.closeTo(v, 9)));
  });

  const grid = [-180, -135, -90, -45, 0, 45, 90, 135, 180, 200, -200].flatMap((lon) => [-90, -58, -30, 0, 30, 60, 84, 90].map((lat) => [lon, lat] as const));
  it.each([...grid, ...Object.values(SMALL_STATE_CENTROIDS)])('projects [%d, %d] as d3 does, within 1e-9 px', (lon, lat) => {
    const [x, y] = createProjection()([lon, lat]);
    const [ex, ey] = createGeoProjection()([lon, lat])!;
    expect(Math.abs(x - ex)).toBeLessThan(1e-9);
    expect(Math.abs(y - ey)).toBeLessThan(1e-9);
  });
});
