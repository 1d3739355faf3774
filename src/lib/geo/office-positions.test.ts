import { describe, expect, it } from 'vitest';
import { createGeoProjection } from '../../../scripts/geo/geo-projection';
import { officePositions } from './office-positions';
import { MAP_WIDTH } from './projection';

const office = (id: string, longitude: number, latitude: number) => ({ id, city: id, country: 'AT', longitude, latitude });

describe('officePositions', () => {
  // d3-geo's own Equal Earth, fitted to the same frame: the reference the map's paths were projected with.
  const d3 = createGeoProjection();
  it.each([
    { name: 'Vienna', lon: 16.3738, lat: 48.2082 },
    { name: 'Skopje', lon: 21.4254, lat: 41.9981 },
    { name: 'Abuja', lon: 7.3986, lat: 9.0765 },
    { name: 'Praia', lon: -23.5133, lat: 14.933 },
  ])('$name lands where d3-geo projects it', ({ name, lon, lat }) => {
    const [p] = officePositions([office(name, lon, lat)]);
    const [x, y] = d3([lon, lat])!;
    expect(p!.x).toBeCloseTo(x, 6);
    expect(p!.y).toBeCloseTo(y, 6);
  });

  it('puts Vienna east of Praia and north of Abuja', () => {
    const [vienna, praia, abuja] = officePositions([office('v', 16.3738, 48.2082), office('p', -23.5133, 14.933), office('a', 7.3986, 9.0765)]);
    expect(vienna!.x).toBeGreaterThan(praia!.x);
    expect(vienna!.y).toBeLessThan(abuja!.y);
    expect(vienna!.x).toBeLessThan(MAP_WIDTH);
  });

  it('leaves out a position outside the frame', () => {
    expect(officePositions([office('far-south', 0, -89)])).toEqual([]);
  });
});
