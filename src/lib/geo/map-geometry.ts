// Everything the map draws that depends only on the topology and projection, computed once per load.
// Hover, filters and zoom never recompute it.
import { geoPath, type GeoProjection } from 'd3';
import { countryShapes, smallStateCentroid } from './countries';
import { mainlandBounds, unionBounds, type Bounds } from './projection';
import type { WorldTopology } from './topology';

export interface ShapeGeometry {
  /** Stable key for {#each}: world-atlas ids repeat (Australia and Ashmore share 036), names do not. */
  key: string;
  code: string | undefined;
  d: string;
  /** Projected area in px² at zoom 1. */
  area: number;
  centroid: [number, number];
  bounds: Bounds | undefined;
}

export interface MapGeometry {
  shapes: ShapeGeometry[];
  /** The shape of each coded country (the largest, where a code has several features). */
  byCode: Map<string, ShapeGeometry>;
  /** Where to draw a marker for a country that is missing from the map or too small to see, click or tap. */
  markerAt(code: string): [number, number] | undefined;
  boundsOf(codes: Iterable<string>): Bounds | undefined;
}

/** Below this area (px² at zoom 1, ≈ a 4×4 px square) a country gets a marker as well as its shape. */
export const MARKER_AREA = 16;

export function buildMapGeometry(topology: WorldTopology, projection: GeoProjection): MapGeometry {
  const path = geoPath(projection);
  const shapes: ShapeGeometry[] = countryShapes(topology).map((s) => ({
    key: s.atlasName,
    code: s.code,
    d: path(s.feature) ?? '',
    area: path.area(s.feature),
    centroid: path.centroid(s.feature) as [number, number],
    bounds: mainlandBounds(s.feature, projection),
  }));
  const byCode = new Map<string, ShapeGeometry>();
  for (const s of shapes) {
    if (s.code === undefined) continue;
    const seen = byCode.get(s.code);
    if (!seen || s.area > seen.area) byCode.set(s.code, s);
  }

  function markerAt(code: string): [number, number] | undefined {
    const shape = byCode.get(code);
    if (shape) return shape.area < MARKER_AREA ? shape.centroid : undefined;
    const lonLat = smallStateCentroid(code);
    const point = lonLat ? projection([lonLat[0], lonLat[1]]) : null;
    return point ? [point[0], point[1]] : undefined;
  }

  function boundsOf(codes: Iterable<string>): Bounds | undefined {
    const list: Bounds[] = [];
    for (const code of codes) {
      const shape = byCode.get(code);
      if (shape?.bounds) list.push(shape.bounds);
      else {
        const m = markerAt(code);
        if (m) list.push([m, m]);
      }
    }
    return unionBounds(list);
  }

  return { shapes, byCode, markerAt, boundsOf };
}
