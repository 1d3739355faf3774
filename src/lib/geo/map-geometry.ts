// Everything the map draws that depends only on the geometry file, computed once per load.
// Hover, filters and zoom never recompute it. The file is projected at build time, so this only decodes.
import { codeOfCountry, smallStateCentroid } from './countries';
import { createProjection, unionBounds, type Bounds, type MapProjection } from './projection';
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

/** Each arc as flat absolute [x0, y0, x1, y1, …] in map px. */
function decodeArcs({ arcs, unit }: WorldTopology): number[][] {
  return arcs.map((arc) => {
    const out = new Array<number>(arc.length);
    let x = 0;
    let y = 0;
    for (let i = 0; i < arc.length; i += 2) {
      out[i] = (x += arc[i]!) * unit;
      out[i + 1] = (y += arc[i + 1]!) * unit;
    }
    return out;
  });
}

/** Rounds away the float noise of step × unit (0.30000000000000004), so path strings stay short. */
const px = (v: number) => Math.round(v * 100) / 100;

/** A ring's points as flat [x0, y0, x1, y1, …], without the closing repeat of the first. */
function ringPoints(ring: number[], arcs: number[][]): number[] {
  const out: number[] = [];
  ring.forEach((ref, i) => {
    const arc = arcs[ref < 0 ? ~ref : ref]!;
    const n = arc.length / 2;
    // Consecutive arcs share the point where they meet.
    for (let j = i === 0 ? 0 : 1; j < n; j++) {
      const k = ref < 0 ? n - 1 - j : j;
      out.push(arc[2 * k]!, arc[2 * k + 1]!);
    }
  });
  out.length -= 2;
  return out;
}

interface Measured {
  d: string;
  area: number;
  centroid: [number, number];
  bounds: Bounds | undefined;
}

/**
 * Path data as d3's geoPath writes it (M, L to each next point, Z per ring), and the planar area, centroid and
 * bounds geoPath would measure on the same projected rings. Bounds are the largest polygon's only: France's or
 * Norway's overseas islands would otherwise make a region preset zoom out to half the world.
 */
function measure(polygons: number[][][], arcs: number[][]): Measured {
  let d = '';
  // Shoelace sums over every ring: holes wind the other way and subtract, as in geoPath.area and geoPath.centroid.
  let [a2, cx, cy] = [0, 0, 0];
  let bounds: Bounds | undefined;
  let largest = -1;
  for (const polygon of polygons) {
    let polygonA2 = 0;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of polygon) {
      const p = ringPoints(ring, arcs);
      for (let i = 0; i < p.length; i += 2) {
        const x = p[i]!;
        const y = p[i + 1]!;
        const next = i + 2 < p.length ? i + 2 : 0;
        const z = x * p[next + 1]! - p[next]! * y;
        polygonA2 += z;
        cx += (x + p[next]!) * z;
        cy += (y + p[next + 1]!) * z;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
        d += `${i === 0 ? 'M' : 'L'}${px(x)},${px(y)}`;
      }
      d += 'Z';
    }
    a2 += polygonA2;
    if (Math.abs(polygonA2) > largest) {
      largest = Math.abs(polygonA2);
      bounds = [[x0, y0], [x1, y1]];
    }
  }
  const centroid: [number, number] = a2 === 0 ? [NaN, NaN] : [cx / (3 * a2), cy / (3 * a2)];
  return { d, area: Math.abs(a2) / 2, centroid, bounds };
}

/** `projection` places the small states the atlas does not draw (the app's own Equal Earth unless a test passes another). */
export function buildMapGeometry(topology: WorldTopology, projection: MapProjection = createProjection()): MapGeometry {
  const arcs = decodeArcs(topology);
  const shapes: ShapeGeometry[] = topology.countries.map((c) => ({ key: c.name, code: codeOfCountry(c), ...measure(c.arcs, arcs) }));
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
    return lonLat ? projection(lonLat) : undefined;
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
