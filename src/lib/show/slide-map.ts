// A slide's small static map: which countries it outlines and the view box that frames them, from the map's
// projected geometry (lib/geo). A view box rather than a zoom transform: the browser scales the SVG to the slide.
import type { MapGeometry } from '../geo/map-geometry';
import { MAP_HEIGHT, MAP_WIDTH } from '../geo/projection';

export interface SlideMapView {
  /** x y width height, in the map's projected units. */
  viewBox: [number, number, number, number];
  /** The outlined countries that have a shape, in the order asked. */
  outlined: { code: string; d: string }[];
  /** Countries too small for the map (or absent from it) get a ring at their place. */
  markers: { code: string; x: number; y: number }[];
  /** Codes the map cannot place at all (none in the programme's data; kept so nothing fails silently). */
  missing: string[];
}

/** The frame never gets narrower than this (projected units): Slovenia alone would fill the slide and lose Europe. */
export const MIN_SPAN = 90;
/** The map's own shape; a slide box of another shape letterboxes it. */
const ASPECT = MAP_WIDTH / MAP_HEIGHT;

export function slideMapView(geometry: MapGeometry, codes: readonly string[], padding = 0.15): SlideMapView {
  const outlined: SlideMapView['outlined'] = [];
  const markers: SlideMapView['markers'] = [];
  const missing: string[] = [];
  for (const code of codes) {
    const shape = geometry.byCode.get(code);
    if (shape) outlined.push({ code, d: shape.d });
    const at = geometry.markerAt(code);
    if (at) markers.push({ code, x: at[0], y: at[1] });
    if (!shape && !at) missing.push(code);
  }
  const bounds = geometry.boundsOf(codes);
  if (!bounds) return { viewBox: [0, 0, MAP_WIDTH, MAP_HEIGHT], outlined, markers, missing };
  const [[x0, y0], [x1, y1]] = bounds;
  let w = Math.max(MIN_SPAN, (x1 - x0) * (1 + 2 * padding));
  let h = Math.max(MIN_SPAN / ASPECT, (y1 - y0) * (1 + 2 * padding));
  // Widen the shorter side to the map's shape, so every slide's map has the same proportions.
  if (w / h < ASPECT) w = h * ASPECT;
  else h = w / ASPECT;
  // Never more than the world: then it is the world.
  if (w >= MAP_WIDTH) return { viewBox: [0, 0, MAP_WIDTH, MAP_HEIGHT], outlined, markers, missing };
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const x = Math.min(Math.max(0, cx - w / 2), MAP_WIDTH - w);
  const y = Math.min(Math.max(0, cy - h / 2), MAP_HEIGHT - h);
  return { viewBox: [x, y, w, h], outlined, markers, missing };
}
