// The map's frame and projection. Country outlines are projected at build time (scripts/build-geometry.ts); the
// browser projects only the few small states the atlas does not draw, so it needs Equal Earth's formula, not d3-geo.

/** The map is drawn once in this coordinate space; CSS scales the SVG, so resizing never recomputes paths. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 430;

export type Bounds = [[number, number], [number, number]];

/** [longitude, latitude] in degrees -> [x, y] in map px. */
export type MapProjection = (lonLat: readonly [number, number]) => [number, number];

/**
 * The scale and translate d3's geoEqualEarth().fitSize([960, 430], 58°S–84°N outline) arrives at (see
 * scripts/geo/geo-projection.ts). projection.test.ts fails if the frame changes and these are not updated.
 */
export const EQUAL_EARTH_FIT = { scale: 177.38182626098123, translate: [480, 236.80347959745978] } as const;

// Šavrič, Patterson & Jenny (2018), as d3-geo's equalEarthRaw.
const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RADIANS = Math.PI / 180;

/** The same Equal Earth as createGeoProjection(), for points only (no clipping or resampling: points need neither). */
export function createProjection(): MapProjection {
  const { scale: k, translate: [tx, ty] } = EQUAL_EARTH_FIT;
  return ([lon, lat]) => {
    // Longitudes past ±180° wrap once, as d3's identity rotation does.
    const lambda = (lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon) * RADIANS;
    const l = Math.asin(M * Math.sin(lat * RADIANS));
    const l2 = l * l;
    const l6 = l2 * l2 * l2;
    const x = (lambda * Math.cos(l)) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2)));
    const y = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2));
    return [tx + k * x, ty - k * y];
  };
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
