// Which part of the map an exported picture shows: the part on screen (the zoom undone), or the chosen region when the
// screen shows the whole world, widened to the picture's own proportions. Pure: boxes in the map's units (projection.ts).
import type { Bounds } from '../geo/projection';
import type { Transform } from '../geo/zoom';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Below this scale the screen shows the whole world (a gesture's end can leave 1.0001), as the summaries count it. */
const WHOLE_WORLD_K = 1.05;

/** The part of a width×height map that a zoom transform puts on screen, in the map's units. */
export function visibleBox(t: Transform, size: { width: number; height: number }): Box {
  // 0 − x, not −x: no −0 where the map is not moved.
  return { x: (0 - t.x) / t.k, y: (0 - t.y) / t.k, width: size.width / t.k, height: size.height / t.k };
}

/** Bounds with a margin of `padding` of their larger side around them. */
export function paddedBox([[x0, y0], [x1, y1]]: Bounds, padding = 0.08): Box {
  const pad = Math.max(x1 - x0, y1 - y0, 1) * padding;
  return { x: x0 - pad, y: y0 - pad, width: x1 - x0 + 2 * pad, height: y1 - y0 + 2 * pad };
}

/** The box grown about its centre (never shrunk) to width / height = aspect, so nothing it held is cut off. */
export function fitAspect(box: Box, aspect: number): Box {
  if (box.width / box.height < aspect) {
    const width = box.height * aspect;
    return { ...box, x: box.x - (width - box.width) / 2, width };
  }
  const height = box.width / aspect;
  return { ...box, y: box.y - (height - box.height) / 2, height };
}

export interface FrameInput {
  transform: Transform;
  size: { width: number; height: number };
  /** The region the filters chose, as bounds in the map's units; null for none. */
  region: Bounds | null;
}

/**
 * The picture shows what the screen shows; only a region chosen while the screen shows the whole world (an address
 * with ?region= and no zoom) is framed on its own, since the picture is then about that region.
 */
export function exportFrame({ transform, size, region }: FrameInput): Box {
  if (transform.k < WHOLE_WORLD_K && region) return paddedBox(region);
  return visibleBox(transform, size);
}

/** Whether a point lies in the box (the countries an exported frame shows). */
export const inBox = (box: Box, [x, y]: readonly [number, number]) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
