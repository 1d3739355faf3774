// The map's projection and the geometry computed once from it.
import { geoEqualEarth, geoGraticule, geoPath, type GeoProjection } from 'd3';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';

/** The map is drawn once in this coordinate space; CSS scales the SVG, so resizing never recomputes paths. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 430;

/**
 * Equal Earth: an equal-area projection, so a country's colour covers an area true to its size (a choropleth
 * on Mercator makes Europe and Central Asia look bigger than West Africa). Antarctica (south of 58°S) is left
 * out of the frame: the programme has no work there, and the space goes to the regions it does.
 */
export function createProjection(width = MAP_WIDTH, height = MAP_HEIGHT): GeoProjection {
  const frame = geoGraticule().extentMajor([[-180, -58], [180, 84]]).outline();
  return geoEqualEarth().fitSize([width, height], frame);
}

export type Bounds = [[number, number], [number, number]];

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

export function unionBounds(list: Bounds[]): Bounds | undefined {
  if (list.length === 0) return undefined;
  return list.reduce(
    ([[x0, y0], [x1, y1]], [[a0, b0], [a1, b1]]) => [
      [Math.min(x0, a0), Math.min(y0, b0)],
      [Math.max(x1, a1), Math.max(y1, b1)],
    ],
    [[Infinity, Infinity], [-Infinity, -Infinity]] as Bounds,
  );
}
