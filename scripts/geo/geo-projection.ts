// d3's Equal Earth fitted to the map frame, for build time and tests only: scripts/build-geometry.ts projects the
// world with it, and src/lib/geo/projection.test.ts checks the browser's createProjection() against it. The app never imports
// this file, so d3-geo stays out of the page's JavaScript.
import { geoEqualEarth, geoGraticule, geoPath, type GeoProjection } from 'd3';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { MAP_HEIGHT, MAP_WIDTH, type Bounds } from '../../src/lib/geo/projection';

/**
 * Equal Earth: an equal-area projection, so a country's colour covers an area true to its size (a choropleth
 * on Mercator makes Europe and Central Asia look bigger than West Africa). Antarctica (south of 58°S) is left
 * out of the frame: the programme has no work there, and the space goes to the regions it does.
 */
export function createGeoProjection(width = MAP_WIDTH, height = MAP_HEIGHT): GeoProjection {
  const frame = geoGraticule().extentMajor([[-180, -58], [180, 84]]).outline();
  return geoEqualEarth().fitSize([width, height], frame);
}

/**
 * Bounds of a country's largest polygon only: France's or Norway's overseas islands would otherwise make a region
 * preset zoom out to half the world.
 */
export function mainlandBounds(f: Feature<Geometry>, projection: GeoProjection): Bounds | undefined {
  const path = geoPath(projection);
  const g = f.geometry;
  if (g.type !== 'MultiPolygon') return g.type === 'Polygon' ? (path.bounds(f) as Bounds) : undefined;
  let best: Bounds | undefined;
  let bestArea = -1;
  for (const coordinates of (g as MultiPolygon).coordinates) {
    const part: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
    const area = path.area(part);
    if (area > bestArea) {
      bestArea = area;
      best = path.bounds(part) as Bounds;
    }
  }
  return best;
}
