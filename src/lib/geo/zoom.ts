// Zoom transforms as plain numbers: fit a box, clamp to limits. d3-zoom applies them; these only compute.
import type { Bounds } from './projection';

export interface Transform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: Transform = { k: 1, x: 0, y: 0 };
/** From the whole world to a country the size of Montenegro filling a good part of the frame. */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 24;

/** The transform that shows `bounds` centred in a width×height frame with `padding` around it. */
export function fitTransform(bounds: Bounds, width: number, height: number, padding = 0.1, maxK = MAX_ZOOM): Transform {
  const [[x0, y0], [x1, y1]] = bounds;
  const w = Math.max(x1 - x0, 1);
  const h = Math.max(y1 - y0, 1);
  const k = Math.min(maxK, Math.max(MIN_ZOOM, (1 - 2 * padding) * Math.min(width / w, height / h)));
  return { k, x: width / 2 - k * ((x0 + x1) / 2), y: height / 2 - k * ((y0 + y1) / 2) };
}

/**
 * A transform from outside (the address) as the map's own gestures would allow it: moved back inside the map's extent
 * (d3-zoom's translateExtent, which its `transform` call does not apply); undefined when its frame shows no part of the
 * map at all, since no nearby view is what was meant.
 */
export function withinExtent(t: Transform, width: number, height: number): Transform | undefined {
  const shows = (offset: number, size: number) => offset > -t.k * size && offset < size;
  if (!shows(t.x, width) || !shows(t.y, height)) return undefined;
  const clamp = (offset: number, size: number) => Math.min(0, Math.max(size - t.k * size, offset));
  return { k: t.k, x: clamp(t.x, width), y: clamp(t.y, height) };
}

/** Zoom towards a point that stays where it is on screen (the +/− buttons zoom about the centre). */
export function zoomAbout(t: Transform, factor: number, [px, py]: [number, number]): Transform {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.k * factor));
  const ratio = k / t.k;
  return { k, x: px - (px - t.x) * ratio, y: py - (py - t.y) * ratio };
}

/**
 * During a zoom gesture the countries stay drawn at `held` and the whole picture is moved as one image to look like
 * `target`: a CSS transform (origin top left, in CSS px, `pxPerUnit` CSS px per map unit) that the compositor applies
 * without repainting 180 paths per frame. The paths are redrawn at `target` once, when the gesture ends.
 */
export function layerTransform(held: Transform, target: Transform, pxPerUnit: number): string {
  const r = target.k / held.k;
  const tx = pxPerUnit * (target.x - r * held.x);
  const ty = pxPerUnit * (target.y - r * held.y);
  return `translate(${round(tx)}px, ${round(ty)}px) scale(${round(r, 6)})`;
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));
