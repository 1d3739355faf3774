// The timeline's view as a window of years: where it may go and how it moves. Pure maths, no d3: the page's first
// code (the timeline's state, the map-to-timeline link) needs it before the timeline's own code has arrived.
import { MIN_VIEW_YEARS, SPAN, SPAN_YEARS } from './extent';

/** The years in view: [from, to) in decimal years. */
export type Domain = readonly [number, number];

export const FULL_VIEW: Domain = SPAN;

/** Keeps a view inside the span and between one year and the whole span wide, keeping its centre where possible. */
export function clampDomain([a, b]: Domain): Domain {
  const width = Math.min(SPAN_YEARS, Math.max(MIN_VIEW_YEARS, Number.isFinite(b - a) ? Math.abs(b - a) : SPAN_YEARS));
  const centre = Number.isFinite(a + b) ? (a + b) / 2 : (SPAN[0] + SPAN[1]) / 2;
  const from = Math.min(SPAN[1] - width, Math.max(SPAN[0], centre - width / 2));
  return [from, from + width];
}

/** Zooms by `factor` (> 1 zooms in) about a year that stays where it is on screen. */
export function zoomDomain([a, b]: Domain, factor: number, about = (a + b) / 2): Domain {
  const width = Math.min(SPAN_YEARS, Math.max(MIN_VIEW_YEARS, (b - a) / factor));
  const share = b === a ? 0.5 : (about - a) / (b - a);
  const from = about - share * width;
  return clampWindow([from, from + width]);
}

/** Moves a window of fixed width back inside the span (unlike clampDomain, never re-centres within it). */
function clampWindow([a, b]: Domain): Domain {
  const width = Math.min(SPAN_YEARS, Math.max(MIN_VIEW_YEARS, b - a));
  const from = Math.min(SPAN[1] - width, Math.max(SPAN[0], a));
  return [from, from + width];
}

/**
 * The smallest pan that brings year `t` inside the view with `margin` (a share of the view's width) on each side;
 * the view does not move if it is already there. Keeps the focused milestone in view while stepping with the keyboard.
 */
export function panToInclude([a, b]: Domain, t: number, margin = 0.1): Domain {
  const width = b - a;
  const lo = a + margin * width;
  const hi = b - margin * width;
  if (t >= lo && t <= hi) return [a, b];
  const shift = t < lo ? t - lo : t - hi;
  return clampWindow([a + shift, b + shift]);
}

/** The view moved by `dt` years, stopping at the ends of the span. */
export function shiftDomain([a, b]: Domain, dt: number): Domain {
  return clampWindow([a + dt, b + dt]);
}

/** One edge of the view dragged to year `t`; the other stays, and the view stays at least a year wide. */
export function resizeDomain([a, b]: Domain, edge: 'start' | 'end', t: number): Domain {
  if (edge === 'start') {
    const from = Math.max(SPAN[0], Math.min(t, b - MIN_VIEW_YEARS));
    return [from, b];
  }
  const to = Math.min(SPAN[1], Math.max(t, a + MIN_VIEW_YEARS));
  return [a, to];
}

/** A view `width` years wide centred on `t`. */
export function centreOn(t: number, width: number): Domain {
  return clampDomain([t - width / 2, t + width / 2]);
}

/** Two views are the same to well under a pixel: avoids echoing d3's own transform back to it. */
export function sameDomain(p: Domain, q: Domain, epsilon = 1e-6): boolean {
  return Math.abs(p[0] - q[0]) < epsilon && Math.abs(p[1] - q[1]) < epsilon;
}
